namespace Mend.Import;

/// <summary>Something an import skipped or doubted, and where: the 1-based line (or record) of the export.</summary>
public sealed record ImportIssue(long Line, string Reason);

/// <summary>
/// What an import noticed while streaming: skipped entries with their line and reason. Only the first
/// <see cref="MaxKept"/> are kept (a broken million-line file must not fill memory); <see cref="Count"/> counts all.
/// </summary>
public sealed class ImportDiagnostics
{
    /// <summary>How many issues are kept in <see cref="Issues"/>.</summary>
    public const int MaxKept = 1000;

    private readonly List<ImportIssue> _issues = [];

    /// <summary>The first <see cref="MaxKept"/> issues, in the order met.</summary>
    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// <summary>How many issues there were in all.</summary>
    public long Count { get; private set; }

    /// <summary>Notes that the entry at <paramref name="line"/> was skipped, and why.</summary>
    public void Skip(long line, string reason)
    {
        Count++;
        if (_issues.Count < MaxKept)
        {
            _issues.Add(new ImportIssue(line, reason));
        }
    }
}
