namespace Mend.Analysis.Embeddings.Tests;

public class EmbeddingHeadsTest
{
    private static readonly MessageLabel Gratitude = MessageLabel.Gratitude;

    [Fact]
    public void Training_separates_two_clouds_and_saving_keeps_every_number()
    {
        var (embeddings, labels) = TwoClouds();
        var count = MessageLabels.All.Count;
        var heads = EmbeddingHeads.Train(embeddings, labels, iterations: 100)
            .WithThresholds(Enumerable.Repeat(0.5f, count).ToArray(), Enumerable.Repeat(0.9f, count).ToArray());
        Assert.True(heads.Scores(embeddings[0])[(int)Gratitude] > 0.9f);
        Assert.True(heads.Scores(embeddings[1])[(int)Gratitude] < 0.1f);

        using var text = new StringWriter();
        heads.Save(text);
        var loaded = EmbeddingHeads.Load(new StringReader(text.ToString()));
        Assert.Equal(heads.Scores(embeddings[0]), loaded.Scores(embeddings[0]));
        Assert.Equal(heads.Alone, loaded.Alone);
        Assert.Equal(heads.WithRules, loaded.WithRules);
    }

    [Fact]
    public void An_embedding_of_the_wrong_length_is_refused()
    {
        var (embeddings, labels) = TwoClouds();
        var heads = EmbeddingHeads.Train(embeddings, labels, iterations: 5);
        Assert.Throws<ArgumentException>(() => heads.Scores(new float[12]));
    }

    [Fact]
    public void A_message_the_rules_leave_empty_needs_the_alone_threshold()
    {
        var (embeddings, labels) = TwoClouds();
        var count = MessageLabels.All.Count;
        var heads = EmbeddingHeads.Train(embeddings, labels, iterations: 100)
            .WithThresholds(Enumerable.Repeat(0.5f, count).ToArray(), Enumerable.Repeat(1.01f, count).ToArray());
        var scores = heads.Scores(embeddings[0]);
        Assert.Empty(EmbeddingOpinion.Confident([], scores, heads));
        Assert.Contains(EmbeddingOpinion.Confident([MessageLabel.Apology], scores, heads), c => c.Label == Gratitude);
        Assert.DoesNotContain(EmbeddingOpinion.Confident([Gratitude], scores, heads), c => c.Label == Gratitude);
    }

    [Fact]
    public void Averaging_with_the_light_model_halves_the_sum()
    {
        Assert.Equal([0.5f, 0.25f], EmbeddingOpinion.Combine([0.8f, 0.5f], [0.2f, 0f]));
        Assert.Equal([0.8f], EmbeddingOpinion.Combine([0.8f], null));
    }

    [Fact]
    public void Heads_are_shipped_in_the_assembly()
    {
        var heads = EmbeddingOpinion.ShippedHeads;
        Assert.NotNull(heads);
        Assert.Equal(MessageLabels.All.Count, heads.Alone.Count);
        Assert.All(MessageLabels.All, l => Assert.True(heads.Alone[(int)l] >= heads.WithRules[(int)l]));
    }

    private static (List<float[]> Embeddings, List<IReadOnlySet<MessageLabel>> Labels) TwoClouds()
    {
        var random = new Random(7);
        var embeddings = new List<float[]>();
        var labels = new List<IReadOnlySet<MessageLabel>>();
        for (var i = 0; i < 60; i++)
        {
            var thanks = i % 2 == 0;
            var e = new float[EmbeddingHeads.Dimensions];
            for (var d = 0; d < e.Length; d++)
            {
                e[d] = (float)(random.NextDouble() - 0.5) * 0.1f;
            }

            e[3] += thanks ? 1f : -1f;
            embeddings.Add(e);
            labels.Add(thanks ? new HashSet<MessageLabel> { Gratitude } : new HashSet<MessageLabel>());
        }

        return (embeddings, labels);
    }
}
