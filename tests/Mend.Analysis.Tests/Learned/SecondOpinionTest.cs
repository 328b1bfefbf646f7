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
        Assert.Equal(5, n); // three words, two pairs
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
}
