using System.Runtime.ExceptionServices;

namespace PersianNews.Core;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, holding at most a fixed window of items
/// that were pulled from the source but not yet yielded: memory stays bounded however long the source is, and the
/// source is never materialized. Shared by the library (<c>ParseMany</c>) and the CLI (linked source file).
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Lazily maps <paramref name="source"/> with <paramref name="map"/> on <paramref name="degree"/> worker threads.
    /// The source is enumerated by one worker at a time (it need not be thread-safe). An exception from the source is
    /// rethrown after the items before it were yielded; an exception from <paramref name="map"/> is rethrown at once.
    /// Disposing the enumerator early stops the workers and disposes the source enumerator.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int degree, int window)
    {
        using var runner = new Runner<TIn, TOut>(source.GetEnumerator(), map, window);
        runner.Start(degree);
        while (runner.TryTake(out TOut item))
        {
            yield return item;
        }
    }

    private sealed class Runner<TIn, TOut> : IDisposable
    {
        private readonly object _lock = new();
        private readonly object _sourceLock = new();
        private readonly IEnumerator<TIn> _source;
        private readonly Func<TIn, TOut> _map;
        private readonly TOut[] _results;
        private readonly bool[] _ready;
        private readonly int _window;
        private Thread[] _workers = [];
        private long _pulled;
        private long _yielded;
        private bool _sourceDone;
        private bool _stopping;
        private ExceptionDispatchInfo? _sourceError;
        private ExceptionDispatchInfo? _mapError;

        public Runner(IEnumerator<TIn> source, Func<TIn, TOut> map, int window)
        {
            _source = source;
            _map = map;
            _window = window;
            _results = new TOut[window];
            _ready = new bool[window];
        }

        public void Start(int degree)
        {
            _workers = new Thread[degree];
            for (int i = 0; i < degree; i++)
            {
                // Dedicated threads, not the thread pool: the consumer blocks while it waits, and a caller that is
                // itself on a pool thread must not be able to starve its own workers.
                _workers[i] = new Thread(Work) { IsBackground = true, Name = "PersianNews.OrderedParallel" };
                _workers[i].Start();
            }
        }

        public bool TryTake(out TOut item)
        {
            lock (_lock)
            {
                while (true)
                {
                    _mapError?.Throw();
                    int slot = (int)(_yielded % _window);
                    if (_ready[slot])
                    {
                        item = _results[slot];
                        _results[slot] = default!;
                        _ready[slot] = false;
                        _yielded++;
                        Monitor.PulseAll(_lock);
                        return true;
                    }

                    if (_yielded == _pulled && (_sourceDone || _sourceError is not null))
                    {
                        _sourceError?.Throw();
                        item = default!;
                        return false;
                    }

                    Monitor.Wait(_lock);
                }
            }
        }

        private void Work()
        {
            while (true)
            {
                TIn input;
                long index;

                // One puller at a time; the state lock is not held while the source produces, so finished results
                // are handed to the consumer even while the source blocks (a slow pipe on stdin).
                lock (_sourceLock)
                {
                    lock (_lock)
                    {
                        while (!Finished && _pulled - _yielded >= _window)
                        {
                            Monitor.Wait(_lock);
                        }

                        if (Finished)
                        {
                            return;
                        }
                    }

                    bool has;
                    try
                    {
                        has = _source.MoveNext();
                        input = has ? _source.Current : default!;
                    }
                    catch (Exception ex)
                    {
                        lock (_lock)
                        {
                            _sourceError = ExceptionDispatchInfo.Capture(ex);
                            Monitor.PulseAll(_lock);
                        }

                        return;
                    }

                    lock (_lock)
                    {
                        if (!has)
                        {
                            _sourceDone = true;
                            Monitor.PulseAll(_lock);
                            return;
                        }

                        index = _pulled++;
                    }
                }

                TOut output;
                try
                {
                    output = _map(input);
                }
                catch (Exception ex)
                {
                    lock (_lock)
                    {
                        _mapError ??= ExceptionDispatchInfo.Capture(ex);
                        Monitor.PulseAll(_lock);
                    }

                    return;
                }

                lock (_lock)
                {
                    int slot = (int)(index % _window);
                    _results[slot] = output;
                    _ready[slot] = true;
                    Monitor.PulseAll(_lock);
                }
            }
        }

        private bool Finished => _stopping || _sourceDone || _sourceError is not null || _mapError is not null;

        public void Dispose()
        {
            lock (_lock)
            {
                _stopping = true;
                Monitor.PulseAll(_lock);
            }

            foreach (var worker in _workers)
            {
                worker.Join();
            }

            _source.Dispose();
        }
    }
}
