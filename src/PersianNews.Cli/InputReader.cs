using System.Text;

namespace PersianNews.Cli;

/// <summary>One input text: where it came from and its content, or why it could not be read.</summary>
public sealed record InputText(string Source, string? Text, string? Error);

/// <summary>One line of a JSONL input: where it came from (<c>path:line</c>) and its text, or why it could not be read.</summary>
/// <param name="Source">The file path ("-" for standard input).</param>
/// <param name="LineNumber">1-based line number; 0 for an error about the whole file.</param>
/// <param name="Line">The line, or <see langword="null"/> with <paramref name="Error"/>.</param>
/// <param name="Error">Why the file could not be read further.</param>
public sealed record JsonLine(string Source, int LineNumber, string? Line, string? Error)
{
    /// <summary>"path:line", as error messages name a line.</summary>
    public string Location => LineNumber > 0 ? $"{Source}:{LineNumber}" : Source;
}

/// <summary>Reads the CLI's inputs: files, directories (recursive *.txt) and "-" for standard input, as strict UTF-8.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The encoding <c>--encoding NAME</c> names, decoding strictly (a byte with no character is an error, never a
    /// replacement character): <see langword="null"/> for UTF-8, the default; a Windows or ISO code page such as
    /// <c>windows-1256</c>, the Arabic-script code page of legacy Persian pages; or UTF-16/UTF-32. Throws
    /// <see cref="ArgumentException"/> for a name .NET does not know.
    /// </summary>
    public static Encoding? TextEncoding(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"unknown encoding '{name}' (for example utf-8, windows-1256, utf-16)", nameof(name));
        }
    }

    private static string InvalidUtf8Message(int offset)
        => $"not valid UTF-8 (invalid byte at offset {offset}); text from legacy Persian pages is often Windows-1256: try --encoding windows-1256";

    /// <summary>
    /// The files a directory argument stands for: <paramref name="pattern"/> matched recursively, sorted ordinally so the
    /// output order does not depend on the file system. Only the paths are listed; no file is opened. Throws when
    /// <paramref name="path"/> itself cannot be listed or when a subdirectory cannot be (see the overload that
    /// collects those errors and lists the rest).
    /// </summary>
    public static string[] ListDirectory(string path, string pattern)
    {
        var errors = new List<InputText>();
        string[] files = ListDirectory(path, pattern, errors);
        if (errors.Count > 0)
        {
            throw new IOException($"{errors[0].Source}: {errors[0].Error}");
        }

        return files;
    }

    /// <summary>
    /// Lists <paramref name="pattern"/> recursively under <paramref name="path"/>, sorted ordinally, and never throws: a
    /// directory (the top one or any below it) that cannot be listed is added to <paramref name="errors"/> and the
    /// others are still listed. A directory reached through a symbolic link is listed once, under its own path when the
    /// walk also meets it there, so a link loop (a link to a parent) neither repeats files nor runs without end.
    /// </summary>
    public static string[] ListDirectory(string path, string pattern, List<InputText> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Canonical(path) };
        var links = new Queue<string>();
        var pending = new Stack<string>();
        pending.Push(path);
        while (true)
        {
            // Real directories first, so a linked one is listed under its own path; links whose target the walk has
            // not met are followed afterwards.
            while (pending.TryPop(out string? dir))
            {
                try
                {
                    files.AddRange(Directory.GetFiles(dir, pattern, SearchOption.TopDirectoryOnly));
                    string[] subdirectories = Directory.GetDirectories(dir);
                    Array.Sort(subdirectories, StringComparer.Ordinal);
                    for (int i = subdirectories.Length - 1; i >= 0; i--)
                    {
                        string sub = subdirectories[i];
                        if (new DirectoryInfo(sub).LinkTarget is not null)
                        {
                            links.Enqueue(sub);
                        }
                        else if (seen.Add(Canonical(sub)))
                        {
                            pending.Push(sub);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException)
                {
                    errors.Add(new InputText(dir, null, "cannot list directory: " + ex.Message));
                }
            }

            if (!links.TryDequeue(out string? link))
            {
                break;
            }

            string? target;
            try
            {
                target = new DirectoryInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                errors.Add(new InputText(link, null, "cannot follow link: " + ex.Message));
                continue;
            }

            // A link to nowhere holds no files; a link to a directory already listed adds nothing.
            if (target is not null && Directory.Exists(target) && seen.Add(Canonical(target)))
            {
                pending.Push(link);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files];
    }

    private static string Canonical(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    /// <summary>
    /// Streams the lines of a JSONL file ("-" = <paramref name="stdin"/>) one at a time, so a file of any size is read in
    /// constant memory (the longest line is the largest buffer). Blank lines are skipped. Each line of a file is decoded
    /// as strict UTF-8 on its own: a line that is not valid UTF-8 becomes an error item and the next lines are still
    /// read. A file that cannot be opened yields one error item.
    /// </summary>
    public static IEnumerable<JsonLine> ReadJsonLines(string path, TextReader stdin)
    {
        Stream? stream = null;
        string? openError = null;
        if (path == "-")
        {
            // The process's standard input is read as bytes, like a file, so a line that is not UTF-8 is reported
            // rather than silently replaced; another reader (a test's) is read as text.
            if (stdin is not StandardInput raw || !raw.TryTakeStream(out stream))
            {
                for (int number = 1; stdin.ReadLine() is { } line; number++)
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        yield return new JsonLine(path, number, line, null);
                    }
                }

                yield break;
            }
        }
        else
        {
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                openError = "no such file";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                openError = "cannot read: " + ex.Message;
            }
        }

        if (stream is null)
        {
            yield return new JsonLine(path, 0, null, openError);
            yield break;
        }

        using (stream)
        {
            var reader = new Utf8LineReader(stream);
            for (int number = 1; ; number++)
            {
                string? line;
                string? error = null;
                bool more;
                try
                {
                    // A UTF-16 or UTF-32 file would otherwise give one "not valid JSON" per line: it is one error.
                    if (number == 1 && reader.StartsWithOtherUnicode() is { } encoding)
                    {
                        (more, line, error) = (false, null, NotUtf8Message(encoding));
                    }
                    else
                    {
                        more = reader.ReadLine(out line);
                    }
                }
                catch (IOException ex)
                {
                    (more, line, error) = (false, null, "cannot read: " + ex.Message);
                }

                if (error is not null)
                {
                    yield return new JsonLine(path, number == 1 ? 0 : number, null, error);
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                if (line is null)
                {
                    yield return new JsonLine(path, number, null, "not valid UTF-8");
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return new JsonLine(path, number, number == 1 && line.StartsWith('\uFEFF') ? line[1..] : line, null);
                }
            }
        }
    }

    /// <summary>Splits a stream into lines of bytes and decodes each as strict UTF-8 (LF or CRLF line ends).</summary>
    private sealed class Utf8LineReader(Stream stream)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private bool _eof;

        /// <summary>The other Unicode encoding whose byte order mark opens the stream, or null (reads at most 4 bytes
        /// ahead; call before the first line).</summary>
        public string? StartsWithOtherUnicode()
        {
            while (!_eof && _end - _start < 4)
            {
                int read = stream.Read(_buffer, _end, _buffer.Length - _end);
                _eof = read == 0;
                _end += read;
            }

            return OtherUnicode(_buffer.AsSpan(_start, _end - _start));
        }

        /// <summary>Reads the next line; <paramref name="line"/> is <see langword="null"/> when it is not valid UTF-8.
        /// Returns false at the end of the stream.</summary>
        public bool ReadLine(out string? line)
        {
            while (true)
            {
                int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = Decode(_buffer.AsSpan(_start, newline));
                    _start += newline + 1;
                    return true;
                }

                if (_eof)
                {
                    if (_end > _start)
                    {
                        line = Decode(_buffer.AsSpan(_start, _end - _start));
                        _start = _end;
                        return true;
                    }

                    line = null;
                    return false;
                }

                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }

                if (_end == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                int read = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    _eof = true;
                }

                _end += read;
            }
        }

        private static string? Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Reads all of standard input as one text. When <paramref name="stdin"/> is a <see cref="StreamReader"/> that has
    /// not been read yet (the process's standard input), its bytes are decoded exactly like a file's (strict UTF-8, BOM
    /// skipped, invalid or binary input reported), so bad bytes are never silently replaced; any other reader is read as
    /// text. Never throws on bad bytes.
    /// </summary>
    public static InputText ReadStdin(TextReader stdin, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        try
        {
            if (stdin is StandardInput raw && raw.TryTakeStream(out var stream))
            {
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return Decode("-", bytes.GetBuffer().AsSpan(0, (int)bytes.Length), encoding);
            }

            return new InputText("-", stdin.ReadToEnd(), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputText("-", null, InvalidUtf8Message(ex.Index));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new InputText("-", null, "cannot read: " + ex.Message);
        }
    }

    /// <summary>Expands the arguments into inputs in order; a directory becomes its *.txt files, sorted ordinally.</summary>
    public static IEnumerable<InputText> Read(IEnumerable<string> paths, TextReader stdin, Encoding? encoding = null)
    {
        foreach (string path in paths)
        {
            if (path == "-")
            {
                yield return ReadStdin(stdin, encoding);
                continue;
            }

            if (Directory.Exists(path))
            {
                var errors = new List<InputText>();
                string[] files = ListDirectory(path, "*.txt", errors);
                if (errors.Count == 0 && files.Length == 0)
                {
                    errors.Add(new InputText(path, null, "directory holds no *.txt file"));
                }

                foreach (var error in errors)
                {
                    yield return error;
                }

                foreach (string f in files)
                {
                    yield return ReadFile(f, encoding);
                }

                continue;
            }

            yield return ReadFile(path, encoding);
        }
    }

    /// <summary>Reads one file as UTF-8 (a BOM is skipped) or in <paramref name="encoding"/>; never throws.</summary>
    public static InputText ReadFile(string path, Encoding? encoding = null)
    {
        try
        {
            if (!File.Exists(path))
            {
                return new InputText(path, null, "no such file");
            }

            byte[] bytes = File.ReadAllBytes(path);
            return Decode(path, bytes, encoding);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new InputText(path, null, "cannot read: " + ex.Message);
        }
    }

    // The byte order marks of the other Unicode encodings (UTF-32 first: its little-endian mark starts with UTF-16's).
    private static string? OtherUnicode(ReadOnlySpan<byte> bytes)
        => bytes.StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00]) ? "UTF-32LE"
           : bytes.StartsWith((byte[])[0x00, 0x00, 0xFE, 0xFF]) ? "UTF-32BE"
           : bytes.StartsWith((byte[])[0xFF, 0xFE]) ? "UTF-16LE"
           : bytes.StartsWith((byte[])[0xFE, 0xFF]) ? "UTF-16BE"
           : null;

    private static string NotUtf8Message(string encoding)
        => $"{encoding} text (byte order mark), not UTF-8; pass --encoding {encoding.ToLowerInvariant()} or convert it (iconv -f {encoding} -t UTF-8)";

    /// <summary>
    /// Decodes bytes as strict UTF-8, or strictly in <paramref name="encoding"/> (from <see cref="TextEncoding"/>);
    /// invalid bytes and binary content (NUL bytes) are reported, never guessed. A UTF-8 byte order mark means UTF-8
    /// whatever the encoding asked for.
    /// </summary>
    public static InputText Decode(string source, ReadOnlySpan<byte> bytes, Encoding? encoding = null)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
            encoding = null;
        }

        if (encoding is not null && !encoding.IsSingleByte)
        {
            // UTF-16 or UTF-32 asked for: NUL bytes are part of the text, and the decoder skips its own mark.
            try
            {
                string text = encoding.GetString(bytes);
                return new InputText(source, text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
            }
            catch (DecoderFallbackException ex)
            {
                return new InputText(source, null, $"not valid {encoding.WebName} (invalid bytes at offset {ex.Index})");
            }
        }

        if (OtherUnicode(bytes) is { } other)
        {
            return new InputText(source, null, NotUtf8Message(other));
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new InputText(source, null, $"binary file or UTF-16 text (NUL byte at offset {nul}), not {(encoding is null ? "UTF-8" : encoding.WebName)} text");
        }

        try
        {
            return new InputText(source, (encoding ?? StrictUtf8).GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputText(source, null, encoding is null ? InvalidUtf8Message(ex.Index) : $"not valid {encoding.WebName} (byte with no character at offset {ex.Index})");
        }
    }
}

/// <summary>
/// The process's standard input: text for the commands that stream it (normalize), and its bytes for those that decode
/// it like a file (parse), so invalid UTF-8 is reported, never replaced. Decoding as text is strict too.
/// </summary>
public sealed class StandardInput(Stream stream)
    : StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true)
{
    private bool _textRead;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        _textRead = true;
        return base.Read(buffer, index, count);
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        _textRead = true;
        return base.Read(buffer);
    }

    /// <inheritdoc/>
    public override int Read()
    {
        _textRead = true;
        return base.Read();
    }

    /// <inheritdoc/>
    public override string? ReadLine()
    {
        _textRead = true;
        return base.ReadLine();
    }

    /// <inheritdoc/>
    public override string ReadToEnd()
    {
        _textRead = true;
        return base.ReadToEnd();
    }

    /// <summary>The byte stream, when no text has been read from it yet (nothing is buffered).</summary>
    public bool TryTakeStream([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Stream? bytes)
    {
        bytes = _textRead ? null : BaseStream;
        _textRead = true;
        return bytes is not null;
    }
}
