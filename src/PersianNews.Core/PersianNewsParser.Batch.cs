using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PersianNews.Core;

/// <summary>Batch parsing: many texts on all cores, results in input order, bounded memory.</summary>
public sealed partial class PersianNewsParser
{
    /// <summary>How many texts per worker may be pulled from the source ahead of the consumer.</summary>
    internal const int WindowPerWorker = 4;

    /// <summary>
    /// Parses many texts on all cores (<see cref="Environment.ProcessorCount"/> workers). See
    /// <see cref="ParseMany(IEnumerable{string}, int)"/>.
    /// </summary>
    /// <param name="texts">The texts; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <returns>One article per text, in input order, produced lazily.</returns>
    public IEnumerable<NewsArticle> ParseMany(IEnumerable<string?> texts) => ParseMany(texts, Environment.ProcessorCount);

    /// <summary>
    /// Parses many texts in parallel and yields one article per text, in input order. Streaming: the source is
    /// enumerated lazily (by one worker at a time, so it need not be thread-safe) and at most
    /// 4 × <paramref name="maxDegreeOfParallelism"/> texts are held between being pulled and being yielded, so memory
    /// stays flat for any number of texts. Nothing is lost: a <see langword="null"/> item becomes an empty article
    /// (<see cref="NewsArticle.Text"/> = "") with an <see cref="DiagnosticCode.EmptyInput"/> diagnostic, so the
    /// i-th result always belongs to the i-th input. An exception thrown by the source is rethrown after the articles
    /// before it. Stopping the enumeration early (break, <c>Take</c>) stops the workers.
    /// </summary>
    /// <param name="texts">The texts; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; 1 parses on the calling thread. Zero or less throws
    /// <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <returns>One article per text, in input order, produced lazily.</returns>
    public IEnumerable<NewsArticle> ParseMany(IEnumerable<string?> texts, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDegreeOfParallelism);
        return maxDegreeOfParallelism == 1
            ? ParseSequentially(texts)
            : OrderedParallel.Map(texts, ParseItem, maxDegreeOfParallelism, WindowPerWorker * maxDegreeOfParallelism);
    }

    /// <summary>
    /// Parses an asynchronous stream of texts on all cores (<see cref="Environment.ProcessorCount"/> workers). See
    /// <see cref="ParseManyAsync(IAsyncEnumerable{string}, int, CancellationToken)"/>.
    /// </summary>
    /// <param name="texts">The texts; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="cancellationToken">Stops the parse; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One article per text, in input order.</returns>
    public IAsyncEnumerable<NewsArticle> ParseManyAsync(IAsyncEnumerable<string?> texts, CancellationToken cancellationToken = default)
        => ParseManyAsync(texts, Environment.ProcessorCount, cancellationToken);

    /// <summary>
    /// Parses an asynchronous stream of texts in parallel and yields one article per text, in input order, with the
    /// same guarantees as <see cref="ParseMany(IEnumerable{string}, int)"/>: streaming, at most
    /// 4 × <paramref name="maxDegreeOfParallelism"/> texts in flight, a <see langword="null"/> item becomes an empty
    /// article with an <see cref="DiagnosticCode.EmptyInput"/> diagnostic, and a source exception is rethrown after the
    /// articles before it.
    /// </summary>
    /// <param name="texts">The texts; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="maxDegreeOfParallelism">Concurrent parses. Zero or less throws <see cref="ArgumentOutOfRangeException"/>.</param>
    /// <param name="cancellationToken">Stops the parse (also passed to the source); the enumeration then throws
    /// <see cref="OperationCanceledException"/>.</param>
    /// <returns>One article per text, in input order.</returns>
    public IAsyncEnumerable<NewsArticle> ParseManyAsync(IAsyncEnumerable<string?> texts, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDegreeOfParallelism);
        return ParseManyAsyncCore(texts, maxDegreeOfParallelism, cancellationToken);
    }

    private IEnumerable<NewsArticle> ParseSequentially(IEnumerable<string?> texts)
    {
        foreach (string? text in texts)
        {
            yield return ParseItem(text);
        }
    }

    private NewsArticle ParseItem(string? text)
    {
        if (text is not null)
        {
            return ParseCore(text);
        }

        // A batch of millions must not stop on one missing text, and the i-th result must stay the i-th input's.
        return new NewsArticle
        {
            Diagnostics = [new Diagnostic(DiagnosticCode.EmptyInput, DiagnosticSeverity.Warning, DiagnosticMessages.Get(DiagnosticCode.EmptyInput, "The batch item was null."), 0, 0)],
        };
    }

    private async IAsyncEnumerable<NewsArticle> ParseManyAsyncCore(IAsyncEnumerable<string?> texts, int degree, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int window = WindowPerWorker * degree;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(window, window);

        // Results are queued in input order as promises; workers complete them in any order.
        var ordered = Channel.CreateUnbounded<Task<NewsArticle>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateUnbounded<(string? Text, TaskCompletionSource<NewsArticle> Result)>(new UnboundedChannelOptions { SingleWriter = true });
        Task producer = ProduceAsync(texts, slots, ordered.Writer, work.Writer, stop.Token);
        var workers = new Task[degree];
        for (int i = 0; i < degree; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(work.Reader, stop.Token), CancellationToken.None);
        }

        try
        {
            while (await ordered.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (ordered.Reader.TryRead(out var pending))
                {
                    // WaitAsync returns a completed task without looking at the token: check it, or articles parsed
                    // ahead keep coming after cancellation.
                    cancellationToken.ThrowIfCancellationRequested();
                    NewsArticle article = await pending.WaitAsync(stop.Token).ConfigureAwait(false);
                    slots.Release();
                    yield return article;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync(IAsyncEnumerable<string?> texts, SemaphoreSlim slots, ChannelWriter<Task<NewsArticle>> ordered,
        ChannelWriter<(string?, TaskCompletionSource<NewsArticle>)> work, CancellationToken stop)
    {
        try
        {
            await foreach (string? text in texts.WithCancellation(stop).ConfigureAwait(false))
            {
                await slots.WaitAsync(stop).ConfigureAwait(false);
                var result = new TaskCompletionSource<NewsArticle>(TaskCreationOptions.RunContinuationsAsynchronously);
                ordered.TryWrite(result.Task);
                work.TryWrite((text, result));
            }

            ordered.TryComplete();
        }
        catch (Exception ex)
        {
            // Read by the consumer after the articles queued before the failure.
            ordered.TryComplete(ex);
        }
        finally
        {
            work.TryComplete();
        }
    }

    private async Task WorkAsync(ChannelReader<(string? Text, TaskCompletionSource<NewsArticle> Result)> work, CancellationToken stop)
    {
        // Drains the queue even after a stop, so every promise is settled and no worker is left waiting.
        while (await work.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (work.TryRead(out var item))
            {
                if (stop.IsCancellationRequested)
                {
                    item.Result.TrySetCanceled(stop);
                }
                else
                {
                    item.Result.TrySetResult(ParseItem(item.Text));
                }
            }
        }
    }
}
