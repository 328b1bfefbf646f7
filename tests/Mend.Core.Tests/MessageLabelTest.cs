namespace Mend.Core.Tests;

public class MessageLabelTest
{
    [Fact]
    public void Ids_are_the_contract_of_the_product_brief()
    {
        Assert.Equal(
            [
                "criticism", "contempt", "defensiveness", "stonewalling", "generalization", "non_apology", "safety_concern",
                "apology", "responsibility", "validation", "repair_attempt", "gratitude", "commitment", "i_statement",
            ],
            MessageLabels.All.Select(l => l.Id()));
    }

    [Fact]
    public void Seven_labels_harm_repair_and_seven_help()
    {
        Assert.Equal(7, MessageLabels.All.Count(l => l.IsHarmful()));
        Assert.True(MessageLabel.SafetyConcern.IsHarmful());
        Assert.False(MessageLabel.IStatement.IsHarmful());
    }

    [Theory]
    [InlineData("non_apology", MessageLabel.NonApology)]
    [InlineData("i_statement", MessageLabel.IStatement)]
    public void Ids_parse_back(string id, MessageLabel label)
    {
        Assert.True(MessageLabels.TryParse(id, out var parsed));
        Assert.Equal(label, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Criticism")]
    [InlineData("nonapology")]
    public void Anything_else_does_not_parse(string id) => Assert.False(MessageLabels.TryParse(id, out _));
}
