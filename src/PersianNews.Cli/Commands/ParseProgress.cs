using System.Globalization;

namespace PersianNews.Cli.Commands;

/// <summary>
/// A one-line progress display on standard error (files, articles/s, MB/s, ETA), redrawn twice a second. Used only when
/// standard error is a terminal: logs and pipelines stay clean.
/// </summary>
public sealed class ParseProgress : IDisposable
{
    private readonly TextWriter _stderr;
    private readonly ParseStats _stats;
    private readonly long? _totalBytes;
    private readonly Timer _timer;
    private readonly object _lock = new();
    private int _width;
    private bool _disposed;

    internal ParseProgress(TextWriter stderr, ParseStats stats, long? totalBytes)
    {
        _stderr = stderr;
        _stats = stats;
        _totalBytes = totalBytes;
        _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The progress line for the given totals (public for tests of its wording).</summary>
    public static string Format(long files, long articles, long bytes, TimeSpan elapsed, long? totalBytes)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        double bytesPerSecond = bytes / seconds;
        string eta = totalBytes is { } total && bytesPerSecond > 0 && total >= bytes
            ? TimeSpan.FromSeconds(Math.Round((total - bytes) / bytesPerSecond)).ToString("c", CultureInfo.InvariantCulture)
            : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{files} files, {articles} articles, {articles / seconds:0} articles/s, {bytesPerSecond / 1e6:0.0} MB/s, ETA {eta}");
    }

    /// <summary>Writes a message line (an error) without mixing it into the progress line.</summary>
    public void WriteLine(string message)
    {
        lock (_lock)
        {
            Erase();
            _stderr.WriteLine(message);
        }
    }

    private void Erase()
    {
        if (_width > 0)
        {
            _stderr.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            string line = Format(_stats.Files, _stats.Articles, _stats.Bytes, _stats.Elapsed, _totalBytes);
            _stderr.Write("\r" + line.PadRight(_width));
            _stderr.Flush();
            _width = line.Length;
        }
    }

    /// <summary>Stops redrawing and erases the line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            Erase();
            _disposed = true;
        }
    }
}
