using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Mend.Fuzz;

/// <summary>
/// The fallback when afl-fuzz cannot run: a time-boxed loop that mutates the seeds at random (bit flips, chat and
/// JSON tokens, deleted and repeated ranges, splices of two seeds, zips) and runs each mutant through
/// <see cref="FuzzTarget"/>. Not coverage-guided, but it still finds crashes and hangs. Every distinct crash (by
/// exception type and throwing frame) is saved to the crash folder with its stack trace.
/// </summary>
internal static class Mutation
{
    private const int MaxInput = 256 * 1024;
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    private static readonly byte[][] Tokens = new[]
    {
        "\u200E", "\u200F", "\u202F", "\u00A0", "\uFEFF", " - ", ": ", ":", "[", "] ", "]", ", ", " ", "PM", "am", "p. m.", "p.\u00A0m.",
        "klo ", "12/31/23, ", "31/12/2023, 23:59 - ", "[2024/10/31 15:50:46] ", "13. 6. 2018. ", "99/99/99, 99:99 - ",
        "0/0/0, 0:00 - ", "\n", "\r\n", "\r", "<Media omitted>", "\u200Eimage omitted", "<attached: x.jpg>", " <This message was edited>",
        "{\"", "\":", "\"", "[{", "}]", "{", "}", ",", "\\u00", "\\u00e2\\u0080\\u0099", "null", "true", "[]", "{}",
        "\"messages\":", "\"text\":", "\"type\":\"message\"", "\"date_unixtime\":\"", "\"timestamp_ms\":", "\"timestamp\":\"",
        "\"content\":\"", "\"sender_name\":\"", "\"author\":{\"name\":\"", "\"chats\":{\"list\":[", "9999999999999999999",
        "-1", "1e400", "timestamp,sender,text\n", "\"\"", "PK\u0003\u0004", "\0",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    public static int Run(TimeSpan budget, string seedDirectory, string crashDirectory)
    {
        var seeds = Directory.Exists(seedDirectory)
            ? Directory.GetFiles(seedDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(s => s.Length > 0).ToList()
            : [];
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"no seeds in {seedDirectory}");
            return 2;
        }

        Directory.CreateDirectory(crashDirectory);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MEND_FUZZ_SEED"), CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : Environment.TickCount;
        var random = new Random(seed);
        Console.WriteLine($"mutation fuzzing for {budget.TotalSeconds:F0} s over {seeds.Count} seeds (MEND_FUZZ_SEED={seed})");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long runs = 0, crashes = 0;
        var nextReport = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < budget)
        {
            var input = Mutate(random, seeds);
            runs++;
            var failure = RunOne(input, out var hung);
            if (hung)
            {
                Save(crashDirectory, "hang", input, $"no result after {Hang.TotalSeconds:F0} s");
                Console.WriteLine($"HANG after {runs} runs: {FuzzTarget.Describe(input)}");
                Console.Out.Flush();
                Environment.Exit(1);
            }

            if (failure is not null)
            {
                var frame = failure.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains("Mend.", StringComparison.Ordinal))?.Trim() ?? "";
                var key = failure.GetType().Name + " " + frame;
                if (seen.Add(key))
                {
                    crashes++;
                    var path = Save(crashDirectory, failure.GetType().Name, input, failure.ToString());
                    Console.WriteLine($"CRASH {key}\n  saved {path}\n  {FuzzTarget.Describe(input)}");
                    seeds.Add(input);
                }
            }

            if (clock.Elapsed > nextReport)
            {
                Console.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: {runs:N0} runs, {crashes} distinct crashes");
                nextReport += TimeSpan.FromSeconds(30);
            }
        }

        Console.WriteLine($"done: {runs:N0} runs in {clock.Elapsed.TotalSeconds:F0} s, {crashes} distinct crashes");
        return crashes == 0 ? 0 : 1;
    }

    private static Exception? RunOne(byte[] input, out bool hung)
    {
        Exception? failure = null;
        var task = Task.Run(() =>
        {
            try
            {
                FuzzTarget.Run(input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e;
            }
        });
        hung = !task.Wait(Hang);
        return failure;
    }

    private static byte[] Mutate(Random random, List<byte[]> seeds)
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var steps = 1 + random.Next(8);
        for (var step = 0; step < steps && data.Count > 0; step++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(9))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                case 3:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                    break;
                case 5:
                    var length = Math.Min(data.Count - at, 1 + random.Next(256));
                    var chunk = data.GetRange(at, length);
                    for (var copies = random.Next(1, 64); copies > 0 && data.Count + length < MaxInput; copies--)
                    {
                        data.InsertRange(at, chunk);
                    }

                    break;
                case 6:
                    var other = seeds[random.Next(seeds.Count)];
                    var from = random.Next(other.Length);
                    data.RemoveRange(at, data.Count - at);
                    data.AddRange(other.AsSpan(from).ToArray());
                    break;
                case 7:
                    data[0] = (byte)random.Next(256);
                    break;
                default:
                    data.RemoveRange(at, data.Count - at);
                    break;
            }
        }

        if (data.Count == 0)
        {
            data.Add(0);
        }

        var input = data.Count > MaxInput ? data.GetRange(0, MaxInput).ToArray() : data.ToArray();
        return random.Next(20) == 0 ? Zipped(random, input) : input;
    }

    /// <summary>Wraps the input (after its selector byte) in a zip as <c>_chat.txt</c> or another name.</summary>
    private static byte[] Zipped(Random random, byte[] input)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(input[0]);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(random.Next(2) == 0 ? "_chat.txt" : "chat/result.json");
            using var stream = entry.Open();
            stream.Write(input, 1, input.Length - 1);
        }

        var zipped = buffer.ToArray();
        if (random.Next(2) == 0 && zipped.Length > 2)
        {
            zipped[1 + random.Next(zipped.Length - 1)] ^= (byte)(1 << random.Next(8));
        }

        return zipped;
    }

    private static string Save(string directory, string kind, byte[] input, string report)
    {
        var name = $"{kind}-{Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant()}";
        var path = Path.Combine(directory, name + ".bin");
        File.WriteAllBytes(path, input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), report);
        return path;
    }
}
