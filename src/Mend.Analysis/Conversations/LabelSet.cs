using System.Numerics;

namespace Mend.Analysis.Conversations;

/// <summary>A small immutable set of <see cref="MessageLabel"/>s, one bit each; the default value is empty.</summary>
public readonly record struct LabelSet
{
    private const int HarmfulMask = (1 << ((int)MessageLabel.SafetyConcern + 1)) - 1;

    private const int RepairMask = (1 << (int)MessageLabel.Apology) | (1 << (int)MessageLabel.Responsibility)
        | (1 << (int)MessageLabel.Validation) | (1 << (int)MessageLabel.RepairAttempt) | (1 << (int)MessageLabel.Commitment);

    private const int BidMask = (1 << (int)MessageLabel.IStatement) | (1 << (int)MessageLabel.RepairAttempt);

    private readonly int _bits;

    private LabelSet(int bits) => _bits = bits;

    /// <summary>The labels of an analysis result.</summary>
    public static LabelSet Of(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Labels);
    }

    /// <summary>A set of the given labels.</summary>
    public static LabelSet Of(IEnumerable<MessageLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var bits = 0;
        foreach (var label in labels)
        {
            bits |= 1 << (int)label;
        }

        return new LabelSet(bits);
    }

    /// <summary>True when the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>True when any label harms repair.</summary>
    public bool IsHarmful => (_bits & HarmfulMask) != 0;

    /// <summary>True when any label helps repair (gratitude and i_statement included).</summary>
    public bool IsHelpful => (_bits & ~HarmfulMask) != 0;

    /// <summary>How many different harmful labels the set holds.</summary>
    public int HarmfulCount => BitOperations.PopCount((uint)(_bits & HarmfulMask));

    /// <summary>True when any label is one of the repair labels (<see cref="ConversationRules.IsRepair"/>).</summary>
    public bool IsRepair => (_bits & RepairMask) != 0;

    /// <summary>True when the set makes the message a bid (<see cref="ConversationRules.IsBid"/>).</summary>
    public bool IsBid => (_bits & BidMask) != 0;

    /// <summary>True when the set holds <paramref name="label"/>.</summary>
    public bool Has(MessageLabel label) => (_bits & (1 << (int)label)) != 0;

    /// <summary>The set with <paramref name="other"/>'s labels added.</summary>
    public LabelSet Union(LabelSet other) => new(_bits | other._bits);

    /// <summary>The labels in contract order.</summary>
    public Enumerator GetEnumerator() => new(_bits);

    /// <summary>The labels as a list, in contract order.</summary>
    public IReadOnlyList<MessageLabel> ToList()
    {
        var list = new List<MessageLabel>(BitOperations.PopCount((uint)_bits));
        foreach (var label in this)
        {
            list.Add(label);
        }

        return list;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(",", ToList().Select(l => l.Id()));

    /// <summary>Enumerates the labels of a set without allocating.</summary>
    public struct Enumerator
    {
        private int _remaining;

        internal Enumerator(int bits)
        {
            _remaining = bits;
            Current = default;
        }

        /// <summary>The current label.</summary>
        public MessageLabel Current { get; private set; }

        /// <summary>Moves to the next label.</summary>
        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            var bit = BitOperations.TrailingZeroCount(_remaining);
            _remaining &= _remaining - 1;
            Current = (MessageLabel)bit;
            return true;
        }
    }
}
