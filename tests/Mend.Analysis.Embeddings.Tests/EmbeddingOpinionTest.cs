namespace Mend.Analysis.Embeddings.Tests;

/// <summary>The shipped opinion with the real all-MiniLM-L6-v2 encoder (loads in a few seconds; shared by the class).</summary>
public sealed class EmbeddingOpinionTest : IDisposable
{
    private readonly EmbeddingOpinion _opinion = EmbeddingOpinion.LoadShipped() ?? throw new InvalidOperationException("no heads shipped");

    [Fact]
    public void The_encoder_gives_384_numbers_for_any_text_even_empty_or_very_long()
    {
        using var encoder = new MiniLmEncoder();
        var vectors = encoder.Embed(["thank you", "", new string('a', 50_000)]);
        Assert.Equal(3, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(EmbeddingHeads.Dimensions, v.Length));
    }

    [Fact]
    public void It_hears_a_plain_safety_concern_the_rules_miss_wording_of()
    {
        var result = AnalysisPipeline.Default.Analyze("i dont want to be alive anymore, i have the pills ready");
        var scores = _opinion.Scores(result.Text);
        Assert.True(scores[(int)MessageLabel.SafetyConcern] > 0.5f);
    }

    [Fact]
    public void It_adds_nothing_to_everyday_logistics()
    {
        var result = AnalysisPipeline.Default.Analyze("see you at 7, I'll bring the bread");
        Assert.Empty(_opinion.Opinion(result));
    }

    public void Dispose() => _opinion.Dispose();
}
