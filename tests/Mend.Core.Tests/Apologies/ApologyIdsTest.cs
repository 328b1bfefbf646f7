using Mend.Apologies;

namespace Mend.Core.Tests.Apologies;

public class ApologyIdsTest
{
    [Fact]
    public void Component_ids_are_the_contract_of_the_product_brief() =>
        Assert.Equal(["regret", "responsibility", "impact", "amends", "change"], ApologyComponents.All.Select(c => c.Id()));

    [Fact]
    public void Flag_ids_are_the_contract_of_the_product_brief() =>
        Assert.Equal(
            ["conditional", "other_focused", "but_undo", "minimizing", "blame_shift", "passive_voice"],
            ApologyFlags.All.Select(f => f.Id()));

    [Fact]
    public void Quality_ids_are_the_contract_of_the_product_brief() =>
        Assert.Equal(["good", "weak", "bad"], ApologyQualities.All.Select(q => q.Id()));

    [Fact]
    public void Every_id_parses_back()
    {
        foreach (var component in ApologyComponents.All)
        {
            Assert.True(ApologyComponents.TryParse(component.Id(), out var parsed));
            Assert.Equal(component, parsed);
        }

        foreach (var flag in ApologyFlags.All)
        {
            Assert.True(ApologyFlags.TryParse(flag.Id(), out var parsed));
            Assert.Equal(flag, parsed);
        }

        foreach (var quality in ApologyQualities.All)
        {
            Assert.True(ApologyQualities.TryParse(quality.Id(), out var parsed));
            Assert.Equal(quality, parsed);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Regret")]
    [InlineData("butundo")]
    [InlineData("apology")]
    public void Anything_else_does_not_parse(string id)
    {
        Assert.False(ApologyComponents.TryParse(id, out _));
        Assert.False(ApologyFlags.TryParse(id, out _));
        Assert.False(ApologyQualities.TryParse(id, out _));
    }
}
