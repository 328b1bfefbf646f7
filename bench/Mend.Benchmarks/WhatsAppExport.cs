using System.Globalization;
using System.Text;

namespace Mend.Benchmarks;

/// <summary>
/// A deterministic, realistic WhatsApp Android export (<c>dd/mm/yyyy, HH:mm - Name: text</c>) of any length, made
/// line by line so that even a million messages are never held in memory: three people, everyday texts with some
/// conflict and repair, multi-line messages, media placeholders, a deleted message now and then, and system lines.
/// Also used by the import tests (linked into the test project) to stream a large export.
/// </summary>
public static class WhatsAppExport
{
    private static readonly string[] Senders = ["Sam", "Alex Morgan", "+44 7700 900123"];

    private static readonly string[] Texts =
    [
        "can you grab milk on the way home?", "running 10 min late, traffic is mad", "what time is dinner",
        "did you see the match last night 😂", "the kids have swimming at 5", "ok sounds good", "k",
        "can we move the dentist to thursday", "mum called, she says hi", "your turn to walk the dog",
        "booked the tickets for saturday 🎉", "where did you park?", "wifi password is on the fridge",
        "good luck at the interview!!", "i'm so tired today", "love you, see you later ❤️", "haha yes",
        "you never listen to me", "whatever", "sorry if you felt hurt", "i'm sorry i forgot, that's on me",
        "can we take a break and talk tonight?", "i feel ignored when you're on your phone all evening",
        "you're right, i should have called", "from now on i'll text if i'm late", "thank you for being patient with me",
        "i hear you, that sounds really hard", "calm down it's not a big deal", "pizza or thai tonight?",
        "the landlord still hasn't fixed the heating",
    ];

    private static readonly string[] SecondLines =
    [
        "also the car needs petrol", "and don't forget the bins", "12/05/2024 is the day we said, right?",
        "call me when you can", "", "- eggs\n- bread\n- coffee",
    ];

    /// <summary>The lines of an export of <paramref name="messages"/> messages (system lines included in the count).</summary>
    public static IEnumerable<string> Lines(int messages, int seed = 42)
    {
        var random = new Random(seed);
        var time = new DateTime(2019, 3, 2, 8, 0, 0);
        yield return Header(time) + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.";
        for (var i = 1; i < messages; i++)
        {
            time = time.AddSeconds(random.Next(5, 1800));
            var roll = random.Next(1000);
            var sender = Senders[roll % 7 == 0 ? 2 : roll % 2];
            if (roll < 2)
            {
                yield return Header(time) + $"{Senders[1]} changed the subject to “Home: week {i / 1000}”";
            }
            else if (roll < 45)
            {
                yield return Header(time) + sender + ": <Media omitted>";
            }
            else if (roll < 50)
            {
                yield return Header(time) + sender + ": This message was deleted";
            }
            else if (roll < 120)
            {
                yield return Header(time) + sender + ": " + Texts[random.Next(Texts.Length)];
                yield return SecondLines[random.Next(SecondLines.Length)];
            }
            else
            {
                yield return Header(time) + sender + ": " + Texts[random.Next(Texts.Length)];
            }
        }
    }

    /// <summary>Writes an export of <paramref name="messages"/> messages to <paramref name="path"/>.</summary>
    public static void Write(string path, int messages)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        foreach (var line in Lines(messages))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>The export as a read-only, forward-only UTF-8 stream produced as it is read.</summary>
    public static Stream Stream(int messages) => new LineStream(Lines(messages));

    private static string Header(DateTime time) => time.ToString("dd/MM/yyyy, HH:mm - ", CultureInfo.InvariantCulture);

    private sealed class LineStream(IEnumerable<string> lines) : Stream
    {
        private readonly IEnumerator<string> _lines = lines.GetEnumerator();
        private byte[] _pending = [];
        private int _offset;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_offset == _pending.Length)
            {
                if (!_lines.MoveNext())
                {
                    return 0;
                }

                _pending = Encoding.UTF8.GetBytes(_lines.Current + "\n");
                _offset = 0;
            }

            var n = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _lines.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
