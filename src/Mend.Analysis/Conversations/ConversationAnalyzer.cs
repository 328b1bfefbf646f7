using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Mend.Chat;

namespace Mend.Analysis.Conversations;

/// <summary>
/// Analyses a whole chat in one streaming pass: runs the engine over every message and folds the results into a
/// <see cref="ConversationReport"/>. Memory stays bounded however long the chat: the messages are read once and
/// dropped; only tallies, the open episode and a bounded number of quoted examples are kept.
/// </summary>
/// <remarks>
/// A reader thread enumerates the messages into batches of <see cref="BatchSize"/>; each batch is analysed in
/// parallel on every core (the engine is thread-safe) and then folded in chat order, so the result does not
/// depend on the number of cores.
/// </remarks>
/// <param name="pipeline">The engine; <see cref="AnalysisPipeline.Default"/> when null.</param>
public sealed class ConversationAnalyzer(AnalysisPipeline? pipeline = null)
{
    /// <summary>Messages per batch handed to the cores.</summary>
    public const int BatchSize = 4096;

    private readonly AnalysisPipeline _pipeline = pipeline ?? AnalysisPipeline.Default;

    /// <summary>
    /// Analyses <paramref name="messages"/> (oldest first; enumerated once, on another thread). <paramref name="progress"/>
    /// is called after each batch with the number of messages done. Exceptions of the enumeration (e.g. an import
    /// error) are rethrown here as they were.
    /// </summary>
    public ConversationReport Analyze(IEnumerable<ChatMessage> messages, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var full = new BlockingCollection<ChatMessage[]>(boundedCapacity: 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    Read(messages, full, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    full.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var fold = new ConversationFold();
        var labels = new LabelSet[BatchSize];
        long done = 0;
        try
        {
            foreach (var batch in full.GetConsumingEnumerable(cancellationToken))
            {
                Label(batch, labels);
                for (var i = 0; i < batch.Length; i++)
                {
                    fold.Add(batch[i], labels[i]);
                }

                done += batch.Length;
                progress?.Invoke(done);
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }

        failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
        return fold.ToReport();
    }

    /// <summary>The labels of one message as the analysis sees it: none for system and media messages.</summary>
    public LabelSet Label(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != ChatMessageKind.Text || message.Text.Length == 0)
        {
            return default;
        }

        var text = message.Text.Length <= AnalysisPipeline.MaxMessageLength ? message.Text : message.Text[..AnalysisPipeline.MaxMessageLength];
        return LabelSet.Of(_pipeline.Analyze(text));
    }

    private void Label(ChatMessage[] batch, LabelSet[] labels)
    {
        const int Chunk = 256;
        var chunks = (batch.Length + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c =>
        {
            var end = Math.Min(batch.Length, (c + 1) * Chunk);
            for (var i = c * Chunk; i < end; i++)
            {
                labels[i] = Label(batch[i]);
            }
        });
    }

    private static void Read(IEnumerable<ChatMessage> messages, BlockingCollection<ChatMessage[]> full, CancellationToken cancellationToken)
    {
        var batch = new ChatMessage[BatchSize];
        var count = 0;
        foreach (var message in messages)
        {
            batch[count++] = message;
            if (count == BatchSize)
            {
                full.Add(batch, cancellationToken);
                batch = new ChatMessage[BatchSize];
                count = 0;
            }
        }

        if (count > 0)
        {
            full.Add(batch[..count], cancellationToken);
        }
    }
}
