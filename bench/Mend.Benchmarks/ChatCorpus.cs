using System.Text;

namespace Mend.Benchmarks;

/// <summary>
/// A deterministic generator of chat-like messages (5–40 words): everyday logistics and affection, with conflict,
/// repair and safety phrases mixed in at a realistic rate, in chat spelling (lower case, shorthand, emoji).
/// </summary>
public static class ChatCorpus
{
    private static readonly string[] Everyday =
    [
        "can you grab milk on the way home", "running 10 min late sorry traffic is mad", "what time is dinner",
        "did u see the game last night", "the kids have swimming at 5", "lol that meme", "love you, see you later ❤️",
        "ok sounds good", "k", "can we move the dentist to thursday", "mum called, she says hi", "ur turn to walk the dog",
        "omg this weather", "i left the keys under the mat", "pizza or thai tonight?", "thanks for picking me up 🙏",
        "my boss is driving me nuts today", "booked the tickets for saturday", "haha yes", "where did you park",
        "send me the address of the restaurant", "wifi password is on the fridge", "good luck at the interview!!",
        "the landlord still hasn't fixed the heating", "i'm so tired today", "what do you want for your birthday",
    ];

    private static readonly string[] Conflict =
    [
        "you never listen to me", "you're so selfish sometimes", "whatever", "sorry if you felt hurt",
        "i'm sorry i forgot, that's on me", "can we take a break and talk tonight?", "you always do this 🙄",
        "i feel ignored when you're on your phone all evening", "calm down it's not a big deal", "i'm done talking about this",
        "you're right, i should have called", "from now on i'll text if i'm late", "oh sure, you were 'working late'",
        "sorry but you started it", "i hear you, that sounds really hard", "thank you for being patient with me",
        "give me your password", "i don't want to be here anymore",
    ];

    private static readonly string[] Filler =
    [
        "and", "then", "tbh", "like", "honestly", "rn", "idk", "u", "the", "a", "we", "later", "today", "pls", "lol",
        "so", "really", "just", "ok", "haha", "😂", "🙂", "soon", "maybe", "again", "tomorrow", "work", "home",
    ];

    public static string[] Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var messages = new string[count];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            var target = random.Next(5, 41);
            var words = 0;
            while (words < target)
            {
                var roll = random.Next(100);
                var phrase = roll < 12 ? Conflict[random.Next(Conflict.Length)]
                    : roll < 55 ? Everyday[random.Next(Everyday.Length)]
                    : Filler[random.Next(Filler.Length)];
                if (sb.Length > 0)
                {
                    sb.Append(random.Next(4) == 0 ? ". " : " ");
                }

                sb.Append(phrase);
                words += phrase.Count(c => c == ' ') + 1;
            }

            messages[i] = sb.ToString();
        }

        return messages;
    }
}
