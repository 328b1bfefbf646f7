using Mend.Analysis.Patterns;

namespace Mend.Analysis.Tests.Patterns;

public class RulesFileTest
{
    [Fact]
    public void Parses_classes_sections_guards_and_explanations()
    {
        var file = RulesFile.Parse("x.rules", """
            # comment
            @trait = lazy | a liar
            explain: default
            overrides: apology
            [attack negation target]
            explain: own
            you are @trait
            [sympathy block]
            sorry for your loss
            """);
        Assert.Equal("trait", file.Classes[0].Name);
        Assert.Equal(["lazy", "a liar"], file.Classes[0].Members);
        Assert.Equal("default", file.Explanation);
        Assert.Equal(["apology"], file.Overrides);
        Assert.Equal(Guards.Negation | Guards.Target, file.Sections[0].Guards);
        Assert.Equal("own", file.Sections[0].Explanation);
        Assert.Equal("you are @trait", file.Sections[0].Patterns.Single().Pattern);
        Assert.Equal(SectionKind.Block, file.Sections[1].Kind);
    }

    [Theory]
    [InlineData("you are lazy", "x.rules:1")]
    [InlineData("[a unknown-option]", "x.rules:1")]
    [InlineData("[a\nb", "x.rules:1")]
    public void Errors_name_file_and_line(string text, string where)
    {
        var e = Assert.Throws<FormatException>(() => RulesFile.Parse("x.rules", text));
        Assert.StartsWith(where, e.Message, StringComparison.Ordinal);
    }
}
