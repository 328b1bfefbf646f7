using Mend.Import;

namespace Mend.Fuzz;

/// <summary>Turns fixture files of every format into fuzz seeds: each with detection and with its own format forced.</summary>
internal static class Seeds
{
    /// <summary>Files larger than this are not seeds (afl-fuzz wants small inputs).</summary>
    private const int MaxSeedBytes = 16 * 1024;

    public static int Write(string directory, IEnumerable<string> fixtureDirectories)
    {
        Directory.CreateDirectory(directory);
        var written = 0;
        foreach (var file in fixtureDirectories.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length > MaxSeedBytes)
            {
                continue;
            }

            var name = Path.GetFileName(file);
            var detected = Detect(file);
            foreach (var format in detected is null ? [null] : new ChatFormat?[] { null, detected })
            {
                var seed = new byte[bytes.Length + 1];
                seed[0] = FuzzTarget.Selector(format, name.Equals("_chat.txt", StringComparison.Ordinal) ? name : Guess(name));
                bytes.CopyTo(seed, 1);
                File.WriteAllBytes(Path.Combine(directory, $"{written++:D4}-{(format?.Id() ?? "detect")}-{name}"), seed);
            }
        }

        Console.WriteLine($"wrote {written} seeds to {directory}");
        return 0;
    }

    private static ChatFormat? Detect(string file)
    {
        try
        {
            return ChatImport.Detect(file);
        }
        catch (ChatImportException)
        {
            return null;
        }
    }

    private static string Guess(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" => "WhatsApp Chat with Sam.txt",
        ".json" => "result.json",
        ".md" => "chat.md",
        ".csv" => "chat.csv",
        ".jsonl" => "chat.jsonl",
        ".zip" => "upload.zip",
        _ => "chat",
    };
}
