using Mend.Repair;

namespace Mend.Analysis.Planning;

/// <summary>
/// The words of a repair plan: each step's title, purpose, actions and prompts, and how they change with the
/// rupture's cause and severity and the person's attachment style. All of it is Mend's own wording of the method.
/// Prompts are written for the person who caused the hurt; the hurt person can use the same steps from their side.
/// </summary>
internal static class PlanWording
{
    public static string Title(RepairStepKind step) => step switch
    {
        RepairStepKind.Acknowledge => "Name what happened",
        RepairStepKind.TakeResponsibility => "Own your part",
        RepairStepKind.Apologize => "Apologise and mean it",
        RepairStepKind.Understand => "Understand how it was for them",
        RepairStepKind.AddressUnderlying => "Look underneath",
        RepairStepKind.RebuildTrust => "Rebuild trust, one kept promise at a time",
        _ => "Forgive and move on together",
    };

    public static string Purpose(RepairStepKind step) => step switch
    {
        RepairStepKind.Acknowledge =>
            "Say out loud that something went wrong between you. Left unspoken, a rupture quietly widens; named, it becomes something you can work on together.",
        RepairStepKind.TakeResponsibility =>
            "Own what you did, without shrinking it and without taking blame that is not yours. Reasons offered too early sound like excuses and tell the other person their hurt counts for less.",
        RepairStepKind.Apologize =>
            "Show that you see the effect on them, that you regret it, and that you want to make it right. An apology with an \"if\" or a \"but\" in it lands as a dismissal.",
        RepairStepKind.Understand =>
            "Hear how it was for them and say it back until they feel understood. Being understood usually matters more than being right, and it comes before fixing anything.",
        RepairStepKind.AddressUnderlying =>
            "Find what made this possible, so the same rupture does not keep coming back.",
        RepairStepKind.RebuildTrust =>
            "Trust returns slowly, through small promises kept again and again. Consistency over weeks says more than any single grand gesture.",
        _ =>
            "Forgiveness is a choice, made in its own time, to stop letting the hurt steer the relationship. It does not excuse what happened and it cannot be asked for on a schedule.",
    };

    public static IEnumerable<string> Actions(RepairStepKind step, RuptureCause cause, RuptureSeverity severity)
    {
        var small = severity == RuptureSeverity.Minor;
        switch (step)
        {
            case RepairStepKind.Acknowledge:
                yield return small
                    ? "Bring it up yourself, soon, in a sentence or two."
                    : "Bring it up yourself, soon, at a calm moment when neither of you is rushed.";
                if (!small)
                {
                    yield return "Describe what happened plainly, without explaining it away or adding what they did.";
                }

                if (severity == RuptureSeverity.Accumulating)
                {
                    yield return "Name the pattern, not only the latest time: it is the repeating that hurts most.";
                }

                break;
            case RepairStepKind.TakeResponsibility:
                yield return "Put what you did into one sentence that starts with \"I\".";
                if (!small)
                {
                    yield return "Leave out \"but\", \"if\" and your reasons for now; offer them later only if asked.";
                }

                if (cause == RuptureCause.Betrayal)
                {
                    yield return "Tell the whole truth now, including the parts they have not found out yet; trust cannot grow on a partial account.";
                }

                break;
            case RepairStepKind.Apologize:
                yield return "Name the effect on them, not only the act.";
                yield return "Say that you regret it, in plain words, and offer to make it right: ask what would help.";
                yield return "Check your draft with `mend apology` before you send it; this step completes when it rates the apology good.";
                break;
            case RepairStepKind.Understand:
                yield return "Ask how it was for them, then listen without correcting details or defending yourself.";
                yield return "Say back what you heard, including how they felt, and ask whether you got it right.";
                if (cause == RuptureCause.Miscommunication)
                {
                    yield return "Then compare what was meant with what was heard, and find the exact point where they parted.";
                }

                yield return "Check your reflection with `mend check`; this step completes when Mend reads it as validation.";
                break;
            case RepairStepKind.AddressUnderlying:
                yield return cause switch
                {
                    RuptureCause.Miscommunication => "Look at how you each read short messages and tone, and agree a habit of asking \"did you mean…?\" before reacting.",
                    RuptureCause.UnmetExpectations => "Check whether the expectation was clear and shared. Agree who does what and by when, out loud or in writing.",
                    RuptureCause.EmotionalNeglect => "Talk about what each of you needs when life gets hard, and agree one small, regular way to show up for each other.",
                    _ => "Look honestly at what led to the hiding or the breach, and agree what openness looks like from now on.",
                };
                if (severity == RuptureSeverity.Accumulating)
                {
                    yield return "Map the pattern together: when it happens, what comes just before it, and what each of you does next.";
                }
                else if (small)
                {
                    yield return "Usually a one-off: only ask whether it is part of something bigger.";
                }

                break;
            case RepairStepKind.RebuildTrust:
                if (small)
                {
                    yield return "Keep the next few small promises to them, without being reminded.";
                    break;
                }

                yield return "Make one small, concrete promise and keep it, then another.";
                yield return "Follow through without reminders; if you slip, say so before they notice.";
                if (severity == RuptureSeverity.Major)
                {
                    yield return "Be open: answer their questions honestly, even the uncomfortable ones, as often as they need to ask.";
                    yield return "Let the milestones below pace you; trust this deep is rebuilt over months, not days.";
                }
                else if (severity == RuptureSeverity.Accumulating)
                {
                    yield return "Keep the agreed change going for a month and review it together each week.";
                }

                break;
            default:
                yield return "If you caused the hurt: do not ask for forgiveness or set it a deadline; keep doing the work and let it come.";
                if (!small)
                {
                    yield return "If you were hurt: notice whether the hurt still comes up, and when you are ready, say what has changed for you.";
                }

                break;
        }
    }

    public static IEnumerable<string> Prompts(RepairStepKind step, RuptureCause cause, RuptureSeverity severity)
    {
        switch (step)
        {
            case RepairStepKind.Acknowledge:
                yield return cause switch
                {
                    RuptureCause.Miscommunication => "\"I think what I said landed very differently from how I meant it, and I'd like us to untangle it.\"",
                    RuptureCause.UnmetExpectations => "\"I know I didn't do what you were counting on, and I don't want to just move past it.\"",
                    RuptureCause.EmotionalNeglect => "\"I've been thinking about the time you needed me and I wasn't really there. Can we talk about it?\"",
                    _ => "\"I broke your trust. I'm not going to pretend otherwise, and I want to face it with you.\"",
                };
                if (severity == RuptureSeverity.Accumulating)
                {
                    yield return "\"This isn't the first time, and I can see now that it keeps happening.\"";
                }

                break;
            case RepairStepKind.TakeResponsibility:
                yield return cause switch
                {
                    RuptureCause.Miscommunication => "\"The words were mine, and so is how they came across.\"",
                    RuptureCause.UnmetExpectations => "\"I said I would and I didn't. That's on me.\"",
                    RuptureCause.EmotionalNeglect => "\"I was wrapped up in my own things and I didn't show up for you.\"",
                    _ => "\"I chose to do it and I chose to keep it from you. Nobody else made that choice.\"",
                };
                break;
            case RepairStepKind.Apologize:
                yield return cause switch
                {
                    RuptureCause.Miscommunication => "\"I'm sorry my words hurt you. I can see how they sounded to you, and I want to put it right.\"",
                    RuptureCause.UnmetExpectations => "\"I'm sorry I let you down when you were counting on me. It left you to deal with it alone. How can I make it up to you?\"",
                    RuptureCause.EmotionalNeglect => "\"I'm sorry I wasn't there for you when it was hard. You deserved someone who listened. What would help now?\"",
                    _ => "\"I'm sorry I lied to you. It hurt you and it broke your trust in me, and I deeply regret it. I'll answer anything you want to ask.\"",
                };
                break;
            case RepairStepKind.Understand:
                yield return "\"What was the hardest part of it for you?\"";
                yield return "\"So when I …, you felt …, and that made you wonder …. Did I get that right?\"";
                break;
            case RepairStepKind.AddressUnderlying:
                yield return cause switch
                {
                    RuptureCause.Miscommunication => "\"When a message of mine reads cold to you, could you ask me before deciding what I meant?\"",
                    RuptureCause.UnmetExpectations => "\"What did you expect from me that day? Let's say it out loud next time so we both know.\"",
                    RuptureCause.EmotionalNeglect => "\"When you're having a hard time, what would help most from me: listening, help, or just being near?\"",
                    _ => "\"What would openness look like to you from now on?\"",
                };
                break;
            case RepairStepKind.RebuildTrust:
                yield return severity == RuptureSeverity.Major
                    ? "\"I know words won't fix this. I'll show you, week after week, and you can ask me anything along the way.\""
                    : cause switch
                    {
                        RuptureCause.Miscommunication => "\"If something I write sounds off to you, ask me, and I'll tell you straight what I meant.\"",
                        RuptureCause.UnmetExpectations => "\"I'll text you if I'm running late. You won't have to wonder.\"",
                        RuptureCause.EmotionalNeglect => "\"How was today, really? I've got time to listen.\"",
                        _ => "\"You can ask me anything, any time, and I'll answer honestly.\"",
                    };
                break;
            default:
                yield return "\"I'm not asking you to be over it. I'll keep showing you this matters to me.\"";
                if (severity != RuptureSeverity.Minor)
                {
                    yield return "\"I'm ready to put this behind us. Thank you for the work you've put in.\"";
                }

                break;
        }
    }

    /// <summary>What an attachment style adds to a step: (actions, prompts).</summary>
    public static (string[] Actions, string[] Prompts) ForStyle(RepairStepKind step, AttachmentStyle? style) => (style, step) switch
    {
        (AttachmentStyle.Avoidant, RepairStepKind.Acknowledge) => (
            ["Start the repair yourself; don't wait for them to bring it up. Pick a time today and say it.",
             "Name one feeling of your own, even in a few words; it tells them you are in this with them."],
            ["\"I feel uneasy about how we left things, and I don't want to let it sit.\""]),
        (AttachmentStyle.Avoidant, RepairStepKind.Understand) => (
            ["When they share their feelings, stay in the room; if it gets too much, say so and say when you'll be back."],
            ["\"Hearing that, I feel … . I'm still here.\""]),
        (AttachmentStyle.Avoidant, RepairStepKind.RebuildTrust) => (
            ["Reach out first, at least once a week, without waiting for a reason."],
            []),
        (AttachmentStyle.Anxious, RepairStepKind.Acknowledge) => (
            ["Before you talk, settle yourself: breathe slowly for two minutes, walk around the block, or write down what you want to say."],
            ["To yourself, before you start: \"One hard conversation is not the end of us. I can go slowly.\""]),
        (AttachmentStyle.Anxious, RepairStepKind.Understand) => (
            ["If you catch yourself asking for reassurance again and again, pause and write the worry down; bring it up once, calmly."],
            []),
        (AttachmentStyle.Anxious, RepairStepKind.RebuildTrust) => (
            ["When silence makes you anxious, soothe yourself first (breathe, move, write) before you send a message."],
            []),
        (AttachmentStyle.FearfulAvoidant, RepairStepKind.Acknowledge) => (
            ["Go at a pace you can keep: one step per conversation, and agree when the next one will be before this one ends."],
            ["\"I want to sort this out and I need to take it step by step. Can we talk again on Sunday evening?\""]),
        (AttachmentStyle.FearfulAvoidant, RepairStepKind.Understand) => (
            ["If you feel the pull to withdraw, say it instead of acting on it, and name when you'll come back."],
            ["\"I'm noticing I want to pull away. I'm not leaving; I need ten minutes.\""]),
        (AttachmentStyle.FearfulAvoidant, RepairStepKind.RebuildTrust) => (
            ["Set predictable check-ins, same day and time each week, so neither of you has to guess where you stand; keep them even when things feel fine."],
            []),
        (AttachmentStyle.Secure, RepairStepKind.Understand) => (
            ["You can probably stay steady in a hard talk; use that steadiness to make it safe for them to say everything."],
            []),
        _ => ([], []),
    };

    public static IReadOnlyList<TrustMilestone> Milestones(RuptureCause cause, RuptureSeverity severity) => severity switch
    {
        RuptureSeverity.Major =>
        [
            new(1, "The apology has been made and heard; you answer their questions honestly and without defending yourself."),
            new(2, cause == RuptureCause.Betrayal
                ? "What openness means between you is agreed and written down, and you have kept it every day."
                : "What you will do differently is agreed and written down, and you have kept it every day."),
            new(4, "A check-in has happened every week; doubts can be raised without it becoming a fight."),
            new(8, "Small promises are kept without reminders; they say whether trust feels a little steadier."),
            new(12, "Together, review what has changed, what still hurts, and whether to keep going with outside support."),
        ],
        RuptureSeverity.Accumulating =>
        [
            new(1, "You have both named the pattern and agreed one concrete change."),
            new(2, "The change has held for a week; when it slipped, it was named without blame."),
            new(4, "A month of the change: review it together and adjust what isn't working."),
        ],
        _ => [],
    };

    public static string? Support(RuptureCause cause, RuptureSeverity severity) => severity switch
    {
        RuptureSeverity.Major =>
            "A rupture this deep is hard to repair on your own. A couples counsellor, therapist or relationship coach can hold the hard conversations and pace the rebuilding with you; Mend can help you prepare, but it is not a substitute.",
        RuptureSeverity.Accumulating when cause is RuptureCause.EmotionalNeglect or RuptureCause.Betrayal =>
            "If the pattern is still there after a month of trying, a counsellor or coach can help you both see it from the outside.",
        _ => null,
    };

    public const string DefensivenessWay =
        "Pause before you answer and let the first reaction pass. Then move from defending yourself to naming what they went through; your reasons can wait.";

    public const string StonewallingWay =
        "Take a break, not a walkout: say you need time to calm down, and say when you will come back to the conversation.";

    public const string UnresolvedEmotionWay =
        "Ask yourself whether this is only about today. If an older hurt is speaking, name it as yours: what this moment reminds you of, and what you need now.";
}
