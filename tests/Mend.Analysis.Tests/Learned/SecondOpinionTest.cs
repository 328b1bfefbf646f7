using Mend.Analysis.Learned;

namespace Mend.Analysis.Tests.Learned;

public class SecondOpinionTest
{
    [Fact]
    public void Features_fold_case_apostrophes_and_stretched_letters()
    {
        Span<int> a = stackalloc int[Features.MaxFeatures];
        Span<int> b = stackalloc int[Features.MaxFeatures];
        var n = Features.Extract("You're SOOO lazy", a);
        var m = Features.Extract("youre sooooo lazy", b);
        Assert.Equal(a[..n].ToArray(), b[..m].ToArray());
        Assert.Equal(6, n); // three words, two neighbouring pairs, one pair a word apart
    }

    [Fact]
    public void Features_read_emoji_and_long_words_stems_and_no_pair_crosses_a_sentence()
    {
        Span<int> a = stackalloc int[Features.MaxFeatures];
        Assert.Equal(3, Features.Extract("sure 🙄", a)); // two tokens and their pair
        Assert.Equal(2, Features.Extract("fine. bye", a)); // a full stop parts the words
        var n = Features.Extract("ridiculous", a);
        Span<int> b = stackalloc int[Features.MaxFeatures];
        var m = Features.Extract("ridiculously", b);
        Assert.Equal(2, n); // the word and its first five letters
        Assert.Equal(a[1], b[1]); // both share that stem
    }

    [Fact]
    public void Training_learns_what_separates_the_labels()
    {
        var examples = new List<(string, IReadOnlySet<MessageLabel>)>();
        for (var i = 0; i < 40; i++)
        {
            examples.Add(($"thank you so much for the {i} flowers", new HashSet<MessageLabel> { MessageLabel.Gratitude }));
            examples.Add(($"see you at {i} by the station", new HashSet<MessageLabel>()));
        }

        var model = SecondOpinion.Train(examples);
        var gratitude = (int)MessageLabel.Gratitude;
        Assert.True(model.Scores("thank you so much")[gratitude] > 0.9f);
        Assert.True(model.Scores("see you by the station")[gratitude] < 0.1f);
    }

    [Fact]
    public void The_shipped_model_loads_and_hears_a_plain_safety_concern()
    {
        var model = SecondOpinion.Shipped;
        Assert.NotNull(model);
        Assert.Contains(model.Confident("i dont want to be alive anymore, i have the pills ready"), c => c.Label == MessageLabel.SafetyConcern);
        Assert.Empty(model.Confident("see you at 7, I'll bring the bread"));
    }

    [Fact]
    public void A_message_the_rules_leave_empty_needs_the_higher_alone_threshold()
    {
        var examples = new List<(string, IReadOnlySet<MessageLabel>)>();
        for (var i = 0; i < 40; i++)
        {
            examples.Add(($"thank you so much for the {i} flowers", new HashSet<MessageLabel> { MessageLabel.Gratitude }));
            examples.Add(($"see you at {i} by the station", new HashSet<MessageLabel>()));
        }

        var trained = SecondOpinion.Train(examples);
        var count = MessageLabels.All.Count;
        var low = Enumerable.Repeat(0.5f, count).ToArray();
        var never = Enumerable.Repeat(1.01f, count).ToArray();
        var pipeline = AnalysisPipeline.Default;
        var empty = pipeline.Analyze("cheers so much for the flowers");
        Assert.Empty(empty.Labels);
        Assert.Contains(trained.WithThresholds(low, low).Confident(empty), c => c.Label == MessageLabel.Gratitude);
        Assert.Empty(trained.WithThresholds(low, never).Confident(empty));

        // With a rules finding in the message, the lower threshold applies, and labels the rules found are not repeated.
        var found = pipeline.Analyze("cheers so much for the flowers, I'm sorry I was late");
        Assert.NotEmpty(found.Labels);
        var added = trained.WithThresholds(low, never).Confident(found);
        Assert.All(added, c => Assert.False(found.Has(c.Label)));
    }

    [Fact]
    public void It_doubts_a_rules_label_it_finds_very_unlikely_but_never_a_safety_concern()
    {
        // A toy model that has only ever seen thanks that carry no label, and no safety concern at all.
        var examples = new List<(string, IReadOnlySet<MessageLabel>)>();
        for (var i = 0; i < 200; i++)
        {
            examples.Add(($"thank you for the {i} flowers", new HashSet<MessageLabel>()));
            examples.Add(($"see you at {i} by the station", new HashSet<MessageLabel>()));
            examples.Add(($"if you leave me the {i} boxes I will carry you a few", new HashSet<MessageLabel>()));
        }

        var model = SecondOpinion.Train(examples);
        var pipeline = AnalysisPipeline.Default;
        var thanks = pipeline.Analyze("thank you for the flowers");
        Assert.Contains(MessageLabel.Gratitude, thanks.Labels);
        Assert.Contains(model.Doubted(thanks), d => d.Label == MessageLabel.Gratitude && d.Confidence < model.DoubtBelow);

        var threat = pipeline.Analyze("if you leave me I will hurt you");
        Assert.Contains(MessageLabel.SafetyConcern, threat.Labels);
        Assert.InRange(model.Scores(threat.Text)[(int)MessageLabel.SafetyConcern], 0f, model.DoubtBelow);
        Assert.DoesNotContain(model.Doubted(threat), d => d.Label == MessageLabel.SafetyConcern);
        Assert.Empty(model.Doubted(pipeline.Analyze("see you at 6")));
        Assert.Empty(model.WithDoubt(0f).Doubted(thanks));
    }

    [Fact]
    public void A_saved_model_reads_back_with_its_thresholds_and_doubt()
    {
        var examples = new List<(string, IReadOnlySet<MessageLabel>)>();
        for (var i = 0; i < 30; i++)
        {
            examples.Add(($"thank you so much for the {i} flowers", new HashSet<MessageLabel> { MessageLabel.Gratitude }));
            examples.Add(($"see you at {i} by the station", new HashSet<MessageLabel>()));
        }

        var count = MessageLabels.All.Count;
        var model = SecondOpinion.Train(examples).WithThresholds(Enumerable.Repeat(0.6f, count).ToArray(), Enumerable.Repeat(0.8f, count).ToArray()).WithDoubt(0.05f);
        using var writer = new StringWriter();
        model.Save(writer, keep: 0f);
        var read = SecondOpinion.Read(new StringReader(writer.ToString()));

        Assert.NotNull(read);
        Assert.Equal(0.05f, read.DoubtBelow);
        var before = model.Scores("thank you so much");
        var after = read.Scores("thank you so much");
        Assert.All(Enumerable.Range(0, count), l => Assert.Equal(before[l], after[l], 0.001f)); // weights are written to four decimals
        Assert.Equal(model.Confident("thank you so much").Select(c => c.Label), read.Confident("thank you so much").Select(c => c.Label));
    }
}
