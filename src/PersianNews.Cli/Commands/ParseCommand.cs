using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PersianNews.Core;
using PersianNews.Core.Serialization;

namespace PersianNews.Cli.Commands;

/// <summary>
/// <c>persian-news parse</c>: parse news texts and print their JSON. Inputs stream through a bounded window of parallel
/// workers and come out in input order, so memory stays flat on inputs of any size and the command is a ready stage
/// for line-oriented pipelines (Spark <c>RDD.pipe</c>, Hadoop Streaming, Dask/Ray over shards).
/// </summary>
public static class ParseCommand
{
    /// <summary>Builds the command; it writes to the given writers (the process's standard streams in production).</summary>
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string?>("--format")
        {
            Description = "Output format: 'json' (one object; the default for a single text input) or 'jsonl' (one object per line, each with \"source\"; the default for several inputs, a directory or --input jsonl).",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON (only with --format json)." };
        var input = new Option<string>("--input")
        {
            Description = "Input format: 'text' (each file is one article; the default) or 'jsonl' (one JSON object per line; the article is the --text-field, every other field is copied to the output's \"meta\" object). Directories expand to *.txt or *.jsonl.",
            DefaultValueFactory = _ => "text",
        };
        input.AcceptOnlyFromAmong("text", "jsonl");
        var textField = new Option<string>("--text-field")
        {
            Description = "With --input jsonl: the field that holds the article text (default 'text').",
            DefaultValueFactory = _ => "text",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output." };
        var parallel = new Option<int>("--parallel")
        {
            Description = $"Articles parsed at once (default: the processor count, {Environment.ProcessorCount}). Output stays in input order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary on standard error (failures are still reported)." };
        var allowFailures = new Option<bool>("--allow-failures")
        {
            Description = "Exit 0 even when some inputs failed (each is still one line on standard error): for pipeline stages (Spark RDD.pipe, Hadoop Streaming) where one bad record must not fail the whole task.",
        };
        var encoding = new Option<string>("--encoding")
        {
            Description = "Encoding of text input: utf-8 (the default; with or without BOM), windows-1256 (legacy Persian pages), utf-16, or another code page name. Bytes that are no character in it are a per-file error, never replaced. JSONL input is always UTF-8.",
            DefaultValueFactory = _ => "utf-8",
        };
        var keepHtml = new Option<bool>("--keep-html")
        {
            Description = "Read HTML tags left in the text (<p>, <br/>, <a href=...>) as text instead of removing them (block tags otherwise end the paragraph).",
        };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (recursive) of text (UTF-8 unless --encoding says otherwise); '-' reads standard input (line by line with --input jsonl).",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("parse", "Parse Persian news texts into JSON: date, outlet, reporters, sources, title, paragraphs, attributed quotes, diagnostics.")
        {
            format, pretty, input, textField, encoding, output, parallel, quiet, allowFailures, keepHtml, inputs,
        };

        command.SetAction(result =>
        {
            string[] paths = result.GetValue(inputs) ?? [];
            bool jsonlInput = result.GetValue(input) == "jsonl";
            bool several = jsonlInput || paths.Length > 1 || paths.Any(Directory.Exists);
            var settings = new ParseSettings
            {
                JsonlInput = jsonlInput,
                TextField = result.GetValue(textField) ?? "text",
                Encoding = result.GetValue(encoding) ?? "utf-8",
                JsonlOutput = result.GetValue(format) is { } f ? f == "jsonl" : several,
                Pretty = result.GetValue(pretty),
                Parallel = result.GetValue(parallel),
                Quiet = result.GetValue(quiet),
                AllowFailures = result.GetValue(allowFailures),
                OutputPath = result.GetValue(output),
                KeepHtml = result.GetValue(keepHtml),
            };
            return Run(paths, settings, stdin, stdout, stderr);
        });

        return command;
    }

    /// <summary>Runs the command over already validated arguments.</summary>
    public static int Run(string[] paths, ParseSettings settings, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Parallel <= 0)
        {
            throw new UsageException($"--parallel must be 1 or more (got {settings.Parallel}).");
        }

        // System.CommandLine takes an unknown "--option" for an input path; a typo must not become "no such file".
        if (paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-' && !File.Exists(p) && !Directory.Exists(p)) is { } unknown)
        {
            throw new UsageException($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown}).");
        }

        if (settings.JsonlInput && string.IsNullOrEmpty(settings.TextField))
        {
            throw new UsageException("--text-field must name a field.");
        }

        Encoding? textEncoding;
        try
        {
            textEncoding = InputReader.TextEncoding(settings.Encoding);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException("--encoding: " + ex.Message.Split(" (Parameter", 2)[0] + ".");
        }

        if (settings.JsonlInput && textEncoding is not null)
        {
            throw new UsageException("--encoding applies to text input; JSON Lines input is UTF-8.");
        }

        TextWriter writer = stdout;
        StreamWriter? file = null;
        if (settings.OutputPath is { } outputPath)
        {
            try
            {
                file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new UsageException($"--output {outputPath}: cannot write: {ex.Message}");
            }

            writer = file;
        }

        try
        {
            bool showProgress = !settings.Quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var stats = new ParseStats();
            using var progress = showProgress ? new ParseProgress(stderr, stats, TotalBytes(paths, settings.JsonlInput)) : null;

            var parser = settings.KeepHtml
                ? new PersianNewsParser(PersianNewsOptions.Default with { Normalization = PersianNormalizerOptions.Default with { StripHtmlTags = false } })
                : PersianNewsParser.Default;
            var worker = new Worker(parser, settings, textEncoding);
            var jobs = Jobs(paths, settings.JsonlInput, stdin, stats, textEncoding);
            foreach (var outcome in OrderedParallel.Map(jobs, worker.Run, settings.Parallel, 4 * settings.Parallel))
            {
                string? message = null;
                if (outcome.Json is not null)
                {
                    writer.WriteLine(outcome.Json);

                    // Text past the length limit is not parsed: said on stderr even with --quiet (the article itself
                    // carries the InputTooLong diagnostic), so no part of an input is dropped without a word.
                    if (Array.IndexOf(outcome.Codes, DiagnosticCode.InputTooLong) >= 0)
                    {
                        message = $"persian-news: {outcome.Location}: warning: longer than {PersianNewsParser.Default.Options.MaxInputLength} characters; parsed up to the limit (InputTooLong)";
                    }
                }
                else
                {
                    message = $"persian-news: {outcome.Location}: {outcome.Error}";
                }

                if (message is not null)
                {
                    if (progress is null)
                    {
                        stderr.WriteLine(message);
                    }
                    else
                    {
                        progress.WriteLine(message);
                    }
                }

                stats.Add(outcome);
            }

            writer.Flush();
            progress?.Dispose();
            if (!settings.Quiet)
            {
                stats.WriteSummary(stderr);
            }

            return stats.Failures == 0 || settings.AllowFailures ? Cli.Success : Cli.InputFailed;
        }
        finally
        {
            file?.Dispose();
        }
    }

    // The lazy stream of work: file paths are listed, never read here (workers read them in parallel); JSONL lines are
    // read one at a time by whichever worker pulls next.
    private static IEnumerable<Job> Jobs(string[] paths, bool jsonl, TextReader stdin, ParseStats stats, Encoding? encoding)
    {
        foreach (string path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                // A subdirectory that cannot be listed is one failure; the files of the others are still parsed.
                var errors = new List<InputText>();
                string[] files = InputReader.ListDirectory(path, jsonl ? "*.jsonl" : "*.txt", errors);
                if (errors.Count == 0 && files.Length == 0)
                {
                    errors.Add(new InputText(path, null, $"directory holds no {(jsonl ? "*.jsonl" : "*.txt")} file"));
                }

                foreach (var error in errors)
                {
                    yield return Job.Failure(error.Source, error.Error ?? "cannot read");
                }

                foreach (string f in files)
                {
                    foreach (var job in FileJobs(f, jsonl, stdin, stats, encoding))
                    {
                        yield return job;
                    }
                }

                continue;
            }

            foreach (var job in FileJobs(path, jsonl, stdin, stats, encoding))
            {
                yield return job;
            }
        }
    }

    private static IEnumerable<Job> FileJobs(string path, bool jsonl, TextReader stdin, ParseStats stats, Encoding? encoding)
    {
        stats.FileStarted();
        if (!jsonl)
        {
            if (path != "-")
            {
                yield return new Job(path, 0, null, null, null);
                yield break;
            }

            var read = InputReader.ReadStdin(stdin, encoding);
            yield return read.Text is not null ? new Job(path, 0, read.Text, null, null) : Job.Failure(path, read.Error ?? "cannot read");

            yield break;
        }

        foreach (var line in InputReader.ReadJsonLines(path, stdin))
        {
            yield return new Job(line.Source, line.LineNumber, null, line.Line, line.Error);
        }
    }

    private static long? TotalBytes(string[] paths, bool jsonl)
    {
        long total = 0;
        foreach (string path in paths)
        {
            if (path == "-")
            {
                return null;
            }

            try
            {
                total += Directory.Exists(path)
                    ? InputReader.ListDirectory(path, jsonl ? "*.jsonl" : "*.txt", []).Sum(f => new FileInfo(f).Length)
                    : new FileInfo(path).Length;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // A file that cannot be measured is reported when it is read; the ETA just leaves it out.
            }
        }

        return total;
    }

    /// <summary>One unit of work: a file to read, a text already read, a JSONL line, or a failure to report.</summary>
    private sealed record Job(string Source, int LineNumber, string? Text, string? Line, string? Error)
    {
        public static Job Failure(string source, string error) => new(source, 0, null, null, error);

        public string Location => LineNumber > 0 ? $"{Source}:{LineNumber}" : Source;
    }

    /// <summary>Turns a job into its output line (on a worker thread: read, parse and serialize run in parallel).</summary>
    private sealed class Worker(PersianNewsParser parser, ParseSettings settings, Encoding? encoding)
    {
        public Outcome Run(Job job)
        {
            try
            {
                return RunCore(job);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The last line of defence: one input that trips a bug is one failure line, never the end of the run.
                return Outcome.Failed(job.Location, $"internal error ({ex.GetType().Name}: {ex.Message})", 0);
            }
        }

        private Outcome RunCore(Job job)
        {
            if (job.Error is not null)
            {
                return Outcome.Failed(job.Location, job.Error, 0);
            }

            if (job.Line is not null)
            {
                return RunLine(job);
            }

            string? text = job.Text;
            long bytes;
            if (text is null)
            {
                var read = InputReader.ReadFile(job.Source, encoding);
                if (read.Text is null)
                {
                    return Outcome.Failed(job.Source, read.Error ?? "cannot read", 0);
                }

                text = read.Text;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Outcome.Failed(job.Location, "empty input, nothing to parse", text.Length);
            }

            bytes = Encoding.UTF8.GetByteCount(text);
            var article = parser.Parse(text) with { Source = job.Source == "-" ? null : job.Source };
            return Outcome.Parsed(job.Location, NewsJson.Serialize(article, indented: settings.Pretty && !settings.JsonlOutput), article, bytes);
        }

        private Outcome RunLine(Job job)
        {
            string line = job.Line!;
            long bytes = Encoding.UTF8.GetByteCount(line) + 1;
            string? text = null;
            string meta;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return Outcome.Failed(job.Location, "not a JSON object", bytes);
                }

                var buffer = new ArrayBufferWriter<byte>(256);
                using (var metaWriter = new Utf8JsonWriter(buffer, NewsJson.WriterOptions()))
                {
                    metaWriter.WriteStartObject();
                    foreach (var property in doc.RootElement.EnumerateObject())
                    {
                        if (property.NameEquals(settings.TextField))
                        {
                            if (property.Value.ValueKind == JsonValueKind.String)
                            {
                                text = property.Value.GetString();
                                continue;
                            }

                            return Outcome.Failed(job.Location, $"field \"{settings.TextField}\" is not a string", bytes);
                        }

                        property.WriteTo(metaWriter);
                    }

                    metaWriter.WriteEndObject();
                }

                meta = Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
            catch (JsonException ex)
            {
                return Outcome.Failed(job.Location, "not valid JSON: " + ex.Message, bytes);
            }
            catch (InvalidOperationException ex)
            {
                // JSON allows an escaped lone surrogate ("\ud800"), which System.Text.Json will not make a string of.
                return Outcome.Failed(job.Location, $"field \"{settings.TextField}\" cannot be read: {ex.Message}", bytes);
            }

            if (text is null)
            {
                return Outcome.Failed(job.Location, $"no \"{settings.TextField}\" field", bytes);
            }

            var article = parser.Parse(text) with { Source = job.Source == "-" ? null : job.Location };
            return Outcome.Parsed(job.Location, WithMeta(NewsJson.Serialize(article), meta), article, bytes);
        }

        // The article's JSON is an object; the input's other fields go in as its last property, "meta", so they can
        // never collide with (or be mistaken for) the parser's own fields such as "date", "title", "source" or "text".
        private static string WithMeta(string json, string meta)
        {
            int end = json.LastIndexOf('}');
            return string.Concat(json.AsSpan(0, end), ",\"meta\":", meta, json.AsSpan(end));
        }
    }
}

/// <summary>The options of <c>persian-news parse</c>.</summary>
public sealed record ParseSettings
{
    /// <summary>Whether inputs are JSONL (one object per line) rather than one text per file.</summary>
    public bool JsonlInput { get; init; }

    /// <summary>The JSONL field that holds the article text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>The encoding of text input (<c>--encoding</c>): "utf-8", "windows-1256", "utf-16" or another code page name.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Whether to write one compact object per line.</summary>
    public bool JsonlOutput { get; init; }

    /// <summary>Whether to indent (single JSON output only).</summary>
    public bool Pretty { get; init; }

    /// <summary>Articles parsed at once; at least 1.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>No progress and no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>Exit 0 even when some inputs failed.</summary>
    public bool AllowFailures { get; init; }

    /// <summary>The output file, or <see langword="null"/> for standard output.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Whether HTML tags are read as text (<see cref="PersianNormalizerOptions.StripHtmlTags"/> off).</summary>
    public bool KeepHtml { get; init; }
}

/// <summary>What one input became: a JSON line, or an error to report.</summary>
internal sealed record Outcome(string Location, string? Json, string? Error, int Quotes, DiagnosticCode[] Codes, long Bytes)
{
    public static Outcome Parsed(string location, string json, NewsArticle article, long bytes)
    {
        var codes = new DiagnosticCode[article.Diagnostics.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = article.Diagnostics[i].Code;
        }

        return new Outcome(location, json, null, article.Quotes.Count, codes, bytes);
    }

    public static Outcome Failed(string location, string error, long bytes) => new(location, null, error, 0, [], bytes);
}

/// <summary>Running totals for progress and the final summary (updated by the consumer, read by the progress timer).</summary>
internal sealed class ParseStats
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<DiagnosticCode, long> _diagnostics = [];
    private long _files;
    private long _articles;
    private long _failures;
    private long _quotes;
    private long _bytes;

    public long Files => Interlocked.Read(ref _files);

    public long Articles => Interlocked.Read(ref _articles);

    public long Failures => Interlocked.Read(ref _failures);

    public long Bytes => Interlocked.Read(ref _bytes);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void FileStarted() => Interlocked.Increment(ref _files);

    public void Add(Outcome outcome)
    {
        Interlocked.Add(ref _bytes, outcome.Bytes);
        if (outcome.Json is null)
        {
            Interlocked.Increment(ref _failures);
            return;
        }

        Interlocked.Increment(ref _articles);
        _quotes += outcome.Quotes;
        foreach (var code in outcome.Codes)
        {
            _diagnostics[code] = _diagnostics.GetValueOrDefault(code) + 1;
        }
    }

    public void WriteSummary(TextWriter stderr)
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-9);
        double mb = Bytes / 1e6;
        stderr.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"persian-news: summary: {Articles} articles, {_quotes} quotes, {Failures} failures; {mb:0.0} MB in {seconds:0.0} s ({Articles / seconds:0} articles/s, {mb / seconds:0.0} MB/s)"));
        var parts = _diagnostics.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
            .Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key} {p.Value}"));
        stderr.WriteLine("persian-news: diagnostics: " + (_diagnostics.Count == 0 ? "none" : string.Join(", ", parts)));
    }
}
