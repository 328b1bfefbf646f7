using System.Text.Json;
using Mend.Repair;

namespace Mend.Core.Tests.Repair;

public class RepairIdsTest
{
    [Fact]
    public void Ids_are_the_contract_of_the_product_brief()
    {
        Assert.Equal(["miscommunication", "unmet_expectations", "emotional_neglect", "betrayal"], RepairIds.AllCauses.Select(c => c.Id()));
        Assert.Equal(["minor", "moderate", "major", "accumulating"], RepairIds.AllSeverities.Select(c => c.Id()));
        Assert.Equal(["secure", "anxious", "avoidant", "fearful_avoidant"], RepairIds.AllAttachmentStyles.Select(c => c.Id()));
        Assert.Equal(
            ["acknowledge", "take_responsibility", "apologize", "understand", "address_underlying", "rebuild_trust", "forgive"],
            RepairIds.AllSteps.Select(c => c.Id()));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], RepairIds.AllSteps.Select(c => c.Number()));
    }

    [Fact]
    public void Json_writes_the_same_ids()
    {
        foreach (var cause in RepairIds.AllCauses)
        {
            Assert.Equal($"\"{cause.Id()}\"", JsonSerializer.Serialize(cause));
        }

        foreach (var step in RepairIds.AllSteps)
        {
            Assert.Equal($"\"{step.Id()}\"", JsonSerializer.Serialize(step));
        }

        foreach (var status in Enum.GetValues<PlanStepStatus>())
        {
            Assert.Equal($"\"{status.Id()}\"", JsonSerializer.Serialize(status));
        }

        foreach (var challenge in Enum.GetValues<RepairChallenge>())
        {
            Assert.Equal($"\"{challenge.Id()}\"", JsonSerializer.Serialize(challenge));
        }

        Assert.Equal("\"fearful_avoidant\"", JsonSerializer.Serialize(AttachmentStyle.FearfulAvoidant));
        Assert.Equal("\"unmet_expectations\"", JsonSerializer.Serialize(RuptureCause.UnmetExpectations));
        Assert.Equal("\"accumulating\"", JsonSerializer.Serialize(RuptureSeverity.Accumulating));
    }

    [Theory]
    [InlineData("secure", AttachmentStyle.Secure)]
    [InlineData("Anxious", AttachmentStyle.Anxious)]
    [InlineData("fearful_avoidant", AttachmentStyle.FearfulAvoidant)]
    [InlineData("fearful-avoidant", AttachmentStyle.FearfulAvoidant)]
    [InlineData("FEARFUL-AVOIDANT", AttachmentStyle.FearfulAvoidant)]
    public void Attachment_styles_parse_as_people_type_them(string typed, AttachmentStyle style)
    {
        Assert.True(RepairIds.TryParse(typed, out AttachmentStyle parsed));
        Assert.Equal(style, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fearful avoidant")]
    [InlineData("clingy")]
    [InlineData("a-very-long-attachment-style-name-that-is-not-one")]
    public void Other_styles_do_not_parse(string typed) => Assert.False(RepairIds.TryParse(typed, out AttachmentStyle _));

    [Fact]
    public void Causes_severities_and_steps_parse_their_ids_only()
    {
        Assert.True(RepairIds.TryParse("emotional_neglect", out RuptureCause cause));
        Assert.Equal(RuptureCause.EmotionalNeglect, cause);
        Assert.True(RepairIds.TryParse("accumulating", out RuptureSeverity severity));
        Assert.Equal(RuptureSeverity.Accumulating, severity);
        Assert.True(RepairIds.TryParse("rebuild_trust", out RepairStepKind step));
        Assert.Equal(RepairStepKind.RebuildTrust, step);
        Assert.False(RepairIds.TryParse("Betrayal", out RuptureCause _));
    }

    [Fact]
    public void Names_read_as_words()
    {
        Assert.Equal("unmet expectations", RuptureCause.UnmetExpectations.Name());
        Assert.Equal("fearful-avoidant", AttachmentStyle.FearfulAvoidant.Name());
    }
}
