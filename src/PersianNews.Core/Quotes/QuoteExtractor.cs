namespace PersianNews.Core;

/// <summary>Finds attributed quotes in the body paragraphs in one left-to-right pass and resolves their speakers.</summary>
internal sealed class QuoteExtractor
{
    private readonly CueLexicon _cues;

    public QuoteExtractor(CueLexicon cues) => _cues = cues;

    // One scanner per thread is reused, so its lists keep their capacity from article to article. It is taken out
    // while in use: a nested parse on the same thread gets its own.
    [ThreadStatic]
    private static QuoteScanner? _cachedScanner;

    public IReadOnlyList<AttributedQuote> Extract(ParseContext ctx, Line[] paragraphs)
    {
        var scanner = _cachedScanner ?? new QuoteScanner();
        _cachedScanner = null;
        try
        {
            scanner.Reset(ctx.Normalized, paragraphs, _cues);
            scanner.Run();
            return SpeakerResolver.Build(ctx, scanner.Quotes, scanner.Mentions);
        }
        finally
        {
            if (scanner.Release())
            {
                _cachedScanner = scanner;
            }
        }
    }
}

/// <summary>A quote found on normalized text, before its speaker is resolved.</summary>
internal struct RawQuote
{
    public RawQuote()
    {
    }

    public QuoteKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public int CueStart { get; init; }

    public int CueEnd { get; init; }

    public CueFlags CueFlags { get; init; }

    public Mention Mention { get; set; }

    public required string Rule { get; set; }

    public bool Unclosed { get; set; }

    /// <summary>Index into the mention list of the scanner (the speaker's mention event).</summary>
    public int MentionIndex { get; set; } = -1;
}

/// <summary>A subject of a reporting verb, in text order: quotes and nominal reports both make a speaker recent.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Plural">Whether the verb is plural.</param>
/// <param name="DocumentStart">For a document cue, where the document phrase starts (its issuer is resolved from it).</param>
/// <param name="Publication">Named after "به نوشته" ("به نوشته نیویورک تایمز"): a newspaper or a site unless it reads as
/// a person, so "این روزنامه" can point back to it.</param>
/// <param name="Continues">The verb goes on with what the subject said before ("افزود", "ادامه داد").</param>
/// <param name="Addressee">The one asked in "X از Y پرسید": the person a pronoun right after the question means (the
/// one who answers); no speaker in its own right.</param>
internal readonly record struct MentionEvent(Mention Mention, bool Plural, int DocumentStart = -1, bool Publication = false, bool Continues = false,
    bool Addressee = false);

/// <summary>The one-pass scanner over the body paragraphs.</summary>
internal sealed class QuoteScanner
{
    private const int MaxContinuationParagraphs = 40;
    private const int MaxPostAttributionWords = 14;
    private const int MaxLookBehind = 400;

    // Look-ahead that may not consume the text it reads (the main verb after an adverbial clause, the rest of a
    // sentence after a quotation) is bounded, so hostile text stays linear.
    private const int MaxClauseScan = 3000;
    private const int MaxRecentMentions = 64;

    // A reused scanner whose lists grew beyond this (a huge input) lets them go rather than keep them for the thread.
    private const int MaxRetainedItems = 4096;

    private string _t;
    private Line[] _paras;
    private CueLexicon _cues;
    private RawQuote? _open;
    private int _pi;

    public QuoteScanner(string text, Line[] paragraphs, CueLexicon cues)
    {
        _t = text;
        _paras = paragraphs;
        _cues = cues;
    }

    /// <summary>A scanner to <see cref="Reset"/> before use.</summary>
    public QuoteScanner()
        : this(string.Empty, [], null!)
    {
    }

    /// <summary>Prepares the scanner for another text.</summary>
    public void Reset(string text, Line[] paragraphs, CueLexicon cues)
    {
        _t = text;
        _paras = paragraphs;
        _cues = cues;
        _open = null;
        _pi = 0;
        _budgetEnd = -1;
        _budget = 0;
        _crossFailedPara = -1;
        _clauseKeyStart = -1;
        _clauseKeyEnd = -1;
        _subjectKeyStart = -1;
        _adverbialMain = -1;
        _subjectPara = -1;
        Quotes.Clear();
        Mentions.Clear();
    }

    /// <summary>Drops the text and what was found; returns whether the scanner is worth keeping for reuse.</summary>
    public bool Release()
    {
        _t = string.Empty;
        _paras = [];
        _open = null;
        Quotes.Clear();
        Mentions.Clear();
        return Quotes.Capacity <= MaxRetainedItems && Mentions.Capacity <= MaxRetainedItems;
    }

    public List<RawQuote> Quotes { get; } = [];

    public List<MentionEvent> Mentions { get; } = [];

    public void Run()
    {
        int resume = 0;
        for (_pi = 0; _pi < _paras.Length; _pi++)
        {
            var para = _paras[_pi];
            if (resume >= para.End)
            {
                continue;
            }

            ScanParagraph(para, Math.Max(resume, para.Start), out resume);
            CloseOpen(para.End);
        }
    }

    // The next cue in the paragraph: no word start in [_cueFrom, _cueAt) opens a cue (with the paragraph's end as the
    // limit), and one opens at _cueAt unless it is _cueLimit. The main loop's position only moves forward, so each
    // word start is looked up once, and the sentence-start rule reads the same answer instead of looking again.
    private int _cueFrom;
    private int _cueAt;
    private int _cueLimit = -1;
    private int _cueEnd;
    private CueForm _cueForm;

    // Whether a cue starts at the word start pos (as _cues.TryMatch(_t, pos, end, ...)).
    private bool CueAt(int pos, int end, out CueForm form, out int cueEnd)
    {
        if (_cueLimit != end || pos < _cueFrom || pos > _cueAt)
        {
            _cueFrom = pos;
            _cueLimit = end;
            int at = _cues.IndexOfCue(_t, pos, end, out _cueForm, out _cueEnd);
            _cueAt = at < 0 ? end : at;
        }

        if (pos == _cueAt)
        {
            form = _cueForm;
            cueEnd = _cueEnd;
            return true;
        }

        form = default;
        cueEnd = pos;
        return false;
    }

    private void ScanParagraph(Line para, int pos, out int resume)
    {
        _cueLimit = -1;
        string t = _t;
        int sent = pos;
        int end = para.End;
        if (pos == para.Start && _open is null && _pi > 0 && InterviewAnswer(para, out int labelEnd, out int colon))
        {
            pos = OpenAnswer(para, labelEnd, colon);
            sent = pos;
        }

        // "س: آقای وزیر، برنامه شما ... چیست؟": the interviewer's question addresses the interviewee; what it speaks of
        // ("برنامه شما") is no one who speaks.
        bool question = pos == para.Start && Label(para, QuestionLabels, out _, out _);
        while (pos < end)
        {
            char c = t[pos];
            if (IsOpenMark(c))
            {
                if (_open is not null)
                {
                    int close = FindCloseInParagraph(pos, end);
                    pos = close < 0 ? pos + 1 : close + 1;
                    continue;
                }

                int next = TryQuoteFirst(pos, sent, para);
                if (next >= 0)
                {
                    if (next >= end)
                    {
                        resume = next;
                        return;
                    }

                    pos = next;
                    sent = next;
                    continue;
                }

                pos++;
                continue;
            }

            if (c == '…' && _open is { Unclosed: true })
            {
                // A teaser cut off with an ellipsis: the unclosed quote ends where the text was truncated.
                CloseOpen(pos);
                sent = pos + 1;
                pos++;
                continue;
            }

            if (c is '.' or '!' or '?' or '؟' or ':' or '؛' or ';' || IsHeadlineSlash(t, pos, end))
            {
                if (_open is not null && IsGluedHeadline(c, sent, pos, end))
                {
                    // "... انجام خواهد شد. رئیس دادگستری استان خوزستان: ..." — a headline glued into the page ends the speech.
                    CloseOpen(sent);
                }

                if ((c != '.' || IsSentenceDot(pos, end)) && !IsClockColon(t, pos, end))
                {
                    sent = pos + 1;
                }

                pos++;
                continue;
            }

            if (!PhraseTrie.IsWordChar(c) || (pos > 0 && PhraseTrie.IsWordChar(t[pos - 1])))
            {
                pos++;
                continue;
            }

            if (CueAt(pos, end, out var form, out int cueEnd))
            {
                int r = HandleCue(para, pos, cueEnd, form, sent);
                if (r >= 0)
                {
                    if (r >= end)
                    {
                        resume = r;
                        return;
                    }

                    if (r > pos)
                    {
                        // After a clause the next sentence starts; after an opened colon quote its content starts.
                        sent = r;
                        pos = r;
                        continue;
                    }
                }

                pos = cueEnd;
                continue;
            }

            if (_open is null && !question && IsSentenceStart(sent, pos))
            {
                NoteSentenceSubject(pos, end);
            }

            if (_open is not null && IsSentenceStart(sent, pos) && (QuoteWords.OutletAttribution.TryMatch(t, pos, end, out _, out _)
                || QuoteWords.ReporterResumes.TryMatch(t, SkipDiscourse(pos, end), end, out _, out _)
                || QuoteWords.ReporterNotes.TryMatch(t, SkipDiscourse(pos, end), end, out _, out _)
                || OpensWithSpeakerAnaphor(SkipDiscourse(pos, end), end)
                || NarratesTheEvent(SkipDiscourse(pos, end), end)))
            {
                // "به گزارش ایسنا، ..." after a colon quote: the outlet's voice resumes, the speech has stopped.
                CloseOpen(sent);
            }

            if (!IsSentenceStart(sent, pos))
            {
                // Inside a sentence, up to the next cue only a quotation mark or a sentence mark changes anything:
                // the words and spaces between them are passed over by a vectorized search (ScanMarks: the opening
                // quotation marks of IsOpenMark, the ellipsis of a cut teaser and the sentence marks with the slash of
                // a glued headline).
                int k = MarkSearch.IndexOfAny(t.AsSpan(pos, _cueAt - pos), MarkSearch.ScanMarks);
                pos = k < 0 ? _cueAt : pos + k;
                continue;
            }

            pos = MentionParser.WordEnd(t, pos, end);
            if (pos < end && !PhraseTrie.IsWordChar(t[pos]))
            {
                continue;
            }

            pos++;
        }

        resume = end;
    }

    private const int MaxAnswerParagraphs = 12;

    private static readonly string[] QuestionLabels = ["پرسش", "سوال", "سؤال", "س"];
    private static readonly string[] AnswerLabels = ["پاسخ", "جواب", "ج"];

    // An interview printed as questions and answers: "پاسخ: ..." (or "ج: ...") opening a paragraph right after one
    // that opens with "پرسش:" (or "س:") is the interviewee's answer. (Alone, "ج:" may be an item after "الف:" and "ب:".)
    private bool InterviewAnswer(Line para, out int labelEnd, out int colon)
    {
        labelEnd = colon = -1;

        // The question before is looked at first: most paragraphs follow none, and then their own opening words (a
        // name label is read word by word, each looked up as a cue) cannot make an answer.
        return Label(_paras[_pi - 1], QuestionLabels, out _, out _)
               && (Label(para, AnswerLabels, out labelEnd, out colon) || NameLabel(para, out labelEnd, out colon));
    }

    private const int MaxNameLabelWords = 3;

    // "سؤال: ...؟" then "مهاجرانی: ...": a press conference or an interview printed with the answerer's name as the
    // label; one to three words of letters before a colon.
    private bool NameLabel(Line para, out int labelEnd, out int colon)
    {
        string t = _t;
        labelEnd = colon = -1;
        int p = MentionParser.SkipSpace(t, para.Start, para.End);
        int words = 0;
        for (int w = p; w < para.End && words < MaxNameLabelWords;)
        {
            int we = MentionParser.WordEnd(t, w, para.End);
            if (we <= w || PersianLetters.IsDigit(t[w]) || _cues.TryMatch(t, w, para.End, out _, out _))
            {
                // "وزیر گفت: ..." is a report with its verb, not a label.
                return false;
            }

            words++;
            int next = MentionParser.SkipSpace(t, we, para.End);
            if (next < para.End && t[next] == ':')
            {
                labelEnd = we;
                colon = next;
                return true;
            }

            if (next >= para.End || !PhraseTrie.IsWordChar(t[next]))
            {
                return false;
            }

            w = next;
        }

        return false;
    }

    private bool Label(Line para, string[] labels, out int labelEnd, out int colon)
    {
        int p = MentionParser.SkipSpace(_t, para.Start, para.End);
        foreach (string label in labels)
        {
            if (IsWord(p, para.End, label))
            {
                labelEnd = p + label.Length;
                colon = MentionParser.SkipSpace(_t, labelEnd, para.End);
                if (colon < para.End && _t[colon] == ':')
                {
                    return true;
                }
            }
        }

        labelEnd = colon = -1;
        return false;
    }

    // The answer's words, spoken by the interviewee (the person the article is about, as for a dropped subject).
    private int OpenAnswer(Line para, int labelEnd, int colon)
    {
        string t = _t;
        int cs = MentionParser.SkipSpace(t, para.Start, para.End);
        var mention = Mention.DroppedAt(cs);
        if (!Label(para, AnswerLabels, out _, out _) && MentionParser.ParseClause(t, cs, labelEnd) is { Kind: MentionKind.Name } named)
        {
            // The answerer named as the label.
            mention = named;
        }

        int mi = AddMention(mention, CueFlags.Verb, -1);
        int q = MentionParser.SkipSpace(t, colon + 1, para.End);
        if (q >= para.End)
        {
            return para.End;
        }

        if (IsOpenMark(t[q]))
        {
            int r = EmitMarked(para, q, cs, labelEnd, CueFlags.Verb, mention, mi, "direct.interview");
            return r >= q ? r : q;
        }

        // An answer runs on over the paragraphs without a label up to the next question (the last answer, with nothing
        // after it to bound it, is its own paragraph only).
        int last = _pi;
        for (int j = _pi + 1; j < _paras.Length && j <= _pi + MaxAnswerParagraphs; j++)
        {
            if (Label(_paras[j], QuestionLabels, out _, out _))
            {
                last = j - 1;
                break;
            }

            if (Label(_paras[j], AnswerLabels, out _, out _))
            {
                break;
            }
        }

        if (last > _pi)
        {
            var lastPara = _paras[last];
            Quotes.Add(new RawQuote
            {
                Kind = QuoteKind.Direct, Start = q, End = TrimContentEnd(lastPara.Start, lastPara.End), CueStart = cs, CueEnd = labelEnd,
                CueFlags = CueFlags.Verb, Mention = mention, MentionIndex = mi, Rule = "direct.interview",
            });
            _pi = last;
            return para.End;
        }

        _open = new RawQuote
        {
            Kind = QuoteKind.Direct, Start = q, End = -1, CueStart = cs, CueEnd = labelEnd, CueFlags = CueFlags.Verb, Mention = mention,
            MentionIndex = mi, Rule = "direct.interview",
        };
        return q;
    }

    // A person introduced at the start of a sentence without a reporting verb ("مسعود پزشکیان ... حضور یافت. وی گفت:
    // ...") is the one a following pronoun means. Kept out of the main loop, whose registers it would take.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void NoteSentenceSubject(int pos, int end)
    {
        string t = _t;
        if (QuoteWords.OutletAttribution.TryMatch(t, pos, end, out _, out int oa))
        {
            // "به گزارش ایسنا، مسعود پزشکیان ... حضور یافت. وی گفت": the agency's attribution opens most agency
            // sentences; the person the sentence is about follows its comma (within the sentence).
            int window = Math.Min(end, oa + MaxLookBehind);
            int stopAt = MarkSearch.IndexOfAny(t.AsSpan(oa, window - oa), MarkSearch.SentenceStops);
            int comma = t.AsSpan(oa, (stopAt < 0 ? window : oa + stopAt) - oa).IndexOfAny('،', ',');
            if (comma < 0)
            {
                return;
            }

            pos = MentionParser.SkipSpace(t, oa + comma + 1, end);
            if (pos >= end)
            {
                return;
            }
        }

        if (QuoteWords.SubjectStops.TryMatch(t, pos, end, out _, out _) && !QuoteWords.OpeningAdverbs.TryMatch(t, pos, end, out _, out _))
        {
            return;
        }

        int limit = Math.Min(end, pos + MaxLookBehind);
        int stop = MarkSearch.IndexOfAny(t.AsSpan(pos, limit - pos), MarkSearch.SentenceStops);
        limit = stop < 0 ? limit : pos + stop;
        bool cueInSentence = false;
        if (_cues.WordsOnly && (stop >= 0 || limit == end))
        {
            // The subject runs to the first cue. A window that ends at a sentence stop (a non-word character)
            // decides a cue as the paragraph does, so the next cue the main loop has found is that cue.
            int cueLimit = Math.Min(limit, _cueAt);
            cueInSentence = _cueAt < limit;
            int cut = cueLimit;
            for (int m = pos; m < cueLimit; m++)
            {
                // "X، ... نشد، ولی ... گفت": the person opens the first clause; the one after ", CONJ" has its own.
                int k = t.AsSpan(m, cueLimit - m).IndexOfAny('،', ',');
                if (k < 0)
                {
                    break;
                }

                m += k;
                int w = MentionParser.SkipSpace(t, m + 1, limit);
                if (w >= cueLimit)
                {
                    break;
                }

                if (QuoteWords.ClauseOpeners.TryMatch(t, w, limit, out _, out _))
                {
                    cut = m;
                    break;
                }
            }

            limit = cut;
        }
        else
        {
            for (int w = pos; w < limit;)
            {
                if (_cues.TryMatch(t, w, limit, out _, out _))
                {
                    limit = w;
                    cueInSentence = true;
                    break;
                }

                // "X، ... نشد، ولی ... گفت": the person opens the first clause; the one after ", CONJ" has its own.
                int before = MentionParser.TrimEndSpace(t, pos, w);
                if (before > pos && t[before - 1] is '،' or ',' && QuoteWords.ClauseOpeners.TryMatch(t, w, limit, out _, out _))
                {
                    limit = before - 1;
                    break;
                }

                int we = MentionParser.WordEnd(t, w, limit);
                w = MentionParser.SkipSpace(t, we > w ? we : w + 1, limit);
            }
        }

        // Through the clause-start cache: when the cue that ends the subject opens the sentence's report, its
        // handler reads the same clause start.
        var named = SubjectOf(pos, limit);

        // A given name or a title opens it, or an apposition follows it ("حفیظ الله یزدان‌پرست، پناهجوی ...").
        if (named.Kind == MentionKind.Name && named.NameStart >= pos && named.NameStart < pos + 40
            && IsPersonLike(named))
        {
            if (named.HasRole && named.RoleStart > named.NameEnd && !RoleEndsClearly(named.RoleEnd, limit))
            {
                // "ناصر کنعانی سخنگوی وزارت امور خارجه تحریم ۶ فرد را محکوم کرد": without a reporting verb the title
                // may run on into the object; it is kept only where a comma or an adverb of time or place ends it, and a
                // later mention with a verb gives it otherwise.
                named = named with { RoleStart = named.RoleEnd };
            }

            AddMention(named, CueFlags.None, -1);
        }
        else if (!cueInSentence && named.Kind == MentionKind.Role && named.RoleStart == pos && RoleEndsClearly(named.RoleEnd, limit)
                 && IsPredicateAfter(named.RoleEnd, limit) && !ContainsWord(named.RoleStart, named.RoleEnd, "و"))
        {
            // "سخنگوی قوه قضاییه روز سه‌شنبه خبر ... را تکذیب کرد. وی افزود: ...": a title opening a sentence without a
            // reporting verb is the one a following pronoun or dropped subject means, as a name is. Not a headline
            // fragment with nothing after the title, nor a list ("رئیس و اعضای هیئت رئیسه ... دیدار کردند").
            AddMention(named, CueFlags.None, -1);
        }
    }

    // Whether words follow a subject that ends at `at` within the clause (its predicate), not a hashtag, a line end or a
    // sentence stop: a title on its own is a headline or a caption.
    private bool IsPredicateAfter(int at, int limit)
    {
        int w = MentionParser.SkipSpace(_t, at, limit);
        if (w < limit && _t[w] is '،' or ',')
        {
            w = MentionParser.SkipSpace(_t, w + 1, limit);
        }

        return w < limit && PhraseTrie.IsWordChar(_t[w]) && MentionParser.WordEnd(_t, w, limit) < limit;
    }

    private bool ContainsWord(int start, int end, string word)
    {
        for (int p = start; p < end; p = MentionParser.SkipSpace(_t, Math.Max(p + 1, MentionParser.WordEnd(_t, p, end)), end))
        {
            if (MentionParser.IsWordAt(_t, p, end, word))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a title read without a reporting verb ends at a comma or before an adverb that cannot continue it ("امروز",
    // "روز دوشنبه", "نیز"), or the clause has no object its last words could be the head of ("... سخنگوی وزارت نیرو
    // قطعی برق در ۵ استان را تایید کرد" has one; "... رئیس شورای شهر با حضور در وزارت کشور ثبت‌نام کرد" has none).
    private bool RoleEndsClearly(int roleEnd, int limit)
    {
        string t = _t;
        int w = MentionParser.SkipSpace(t, roleEnd, limit);
        if (w >= limit)
        {
            return true;
        }

        if (t[w] is '،' or ',')
        {
            return true;
        }

        if (QuoteWords.SubjectStops.TryMatch(t, w, limit, out _, out _) && !QuoteWords.Prepositions.TryMatch(t, w, limit, out _, out _)
            && !MentionParser.IsWordAt(t, w, limit, "را") && !MentionParser.IsWordAt(t, w, limit, "در")
            && !MentionParser.IsWordAt(t, w, limit, "که") && !MentionParser.IsWordAt(t, w, limit, "تا")
            && !MentionParser.IsWordAt(t, w, limit, "بر"))
        {
            return true;
        }

        // The window is the sentence subject's (at most MaxLookBehind characters), so this stays linear.
        for (int i = w; i < limit; i++)
        {
            if ((i == 0 || !PhraseTrie.IsWordChar(t[i - 1])) && MentionParser.IsWordAt(t, i, limit, "را"))
            {
                return false;
            }
        }

        return true;
    }

    // A name that opens with a given name or a title, or is followed by a role ("X، سخنگوی ...").
    private bool IsPersonLike(Mention m)
        => StartsPersonName(m.Start, m.End) || StartsPersonName(m.NameStart, m.NameEnd)
           || (m.HasRole && m.RoleStart > m.NameEnd && CountWords(m.NameStart, m.NameEnd) <= 4 && QuoteWords.RoleHeads.TryMatch(_t, m.RoleStart, m.RoleEnd, out _, out _));

    // "بایدن ... هشدار داده است": one word the article writes elsewhere after a given name ("جو بایدن") is a person.
    private bool IsSurnameOfArticle(Mention m)
        => m.Kind == MentionKind.Name && m.NameEnd > m.NameStart && CountWords(m.NameStart, m.NameEnd) == 1
           && SpeakerResolver.FullerNameInText(_t, _t.AsSpan(m.NameStart, m.NameEnd - m.NameStart),
                  Math.Max(0, m.NameStart - MaxArticleReach), Math.Min(_t.Length, m.NameEnd + MaxArticleReach)) is not null;

    // How far around a mention "the article" reaches when a long input holds many articles.
    private const int MaxArticleReach = 8000;

    private int SkipDiscourse(int p, int end)
    {
        while (p < end && QuoteWords.LeadingDiscourse.TryMatch(_t, p, end, out _, out int e))
        {
            p = MentionParser.SkipSpace(_t, e, end);
        }

        return p;
    }

    private bool StartsPersonName(int pos, int end)
        => QuoteWords.GivenNames.TryMatch(_t, pos, end, out _, out _) || QuoteWords.Honorifics.TryMatch(_t, pos, end, out _, out _);

    private bool IsGluedHeadline(char c, int sent, int pos, int end)
    {
        int s = MentionParser.SkipSpace(_t, sent, pos);
        if (s >= pos || s <= _open!.Value.Start)
        {
            return false;
        }

        if (IsHeadlineSlash(_t, pos, end))
        {
            return true;
        }

        return c == ':' && !IsClockColon(_t, pos, end) && CountWords(s, pos) <= 8
               && (QuoteWords.RoleHeads.TryMatch(_t, s, pos, out _, out _) || StartsPersonName(s, pos));
    }

    /// <summary>"گرانی برنج/ ممنوعیت واردات": a slash between words joins headline parts; between digits it is a date.</summary>
    public static bool IsHeadlineSlash(string t, int i, int end)
        => t[i] == '/' && i > 0 && !PersianLetters.IsDigit(t[i - 1]) && (i + 1 >= end || !PersianLetters.IsDigit(t[i + 1]));

    /// <summary>"۱۰:۱۸": a colon between digits is a clock or a ratio, not the end of a lead-in.</summary>
    public static bool IsClockColon(string t, int i, int end)
        => t[i] == ':' && i > 0 && i + 1 < end && PersianLetters.IsDigit(t[i - 1]) && PersianLetters.IsDigit(t[i + 1]);

    private bool IsSentenceStart(int sent, int pos) => MentionParser.SkipSpace(_t, sent, pos) >= pos;

    // ---------------------------------------------------------------- cues

    private int HandleCue(Line para, int cs, int ce, CueForm form, int sent)
    {
        // Subjects and clause openings are read within a bounded window, so a hostile sentence stays linear.
        sent = Math.Max(sent, cs - MaxLookBehind);
        var f = form.Flags;
        if ((f & CueFlags.Prepositional) != 0)
        {
            return HandlePrepositional(para, cs, ce, form, sent);
        }

        if ((f & CueFlags.Adverbial) != 0)
        {
            return HandleAdverbial(para, cs, ce, form, sent);
        }

        string t = _t;
        int end = para.End;
        if (PrecededBy(QuoteWords.Modals, cs, sent))
        {
            return -1;
        }

        if (form.Lemma == "گفت" && WordBefore(cs) is var (sw, se) && IsWord(sw, se, "سخن"))
        {
            // "سخن گفت", "سخن می‌گفت": "spoke", a compound verb of its own, not "said".
            return -1;
        }

        if (MentionParser.SkipSpace(t, sent, cs) == cs && QuoteWords.ReporterNotes.TryMatch(t, cs, end, out _, out _))
        {
            // "یادآور می‌شود ...", "خاطرنشان می‌شود ..." opening a sentence with no subject: the reporter's own note,
            // which also ends a speech left open.
            CloseOpen(sent);
            return -1;
        }

        if (IsWord(MentionParser.SkipSpace(t, sent, cs), cs, "آیا"))
        {
            // "آیا X گفت که ...؟" asks whether something was said; it reports nothing.
            return -1;
        }

        if (OpensWithCondition(sent, cs))
        {
            // "اگر وزیر گفت که ...، ...", "چنانچه X اعلام کند ...": a condition supposes words, it reports none.
            return -1;
        }

        if ((f & CueFlags.ColonOnly) != 0 && form.Lemma.StartsWith("پاسخ ", StringComparison.Ordinal)
            && WordBefore(cs) is var (dw, de) && IsWord(dw, de, "در"))
        {
            // "X در پاسخ گفت که ...": "در پاسخ" is "in reply" and the verb is "گفت", which takes a "که" clause; only
            // "پاسخ گفت" as a verb of its own ("به سؤالات پاسخ گفت") answers without reporting.
            f &= ~CueFlags.ColonOnly;
        }

        if ((f & CueFlags.ColonOnly) != 0 && form.Lemma == "آورد" && DocumentPhraseBefore(ClauseStartOf(sent, cs), cs))
        {
            // "X در نامه‌ای به وزیر آورده است که ...": after "in a letter", "آورد" is "wrote", which takes a "که"
            // clause; on its own it is "brought" ("خسارت به بار آورد که ...") and reports only before a colon.
            f &= ~CueFlags.ColonOnly;
        }

        int a = MentionParser.SkipSpace(t, ce, end);
        if ((f & CueFlags.Participle) != 0 && a < end && QuoteWords.PassiveAux.TryMatch(t, a, end, out _, out _))
        {
            return -1;
        }

        int documentStart = -1;
        Mention mention;
        if ((f & CueFlags.Document) != 0)
        {
            if (!TryDocumentSubject(sent, cs, form.Lemma == CueLexicon.DocumentPassiveLemma, out mention, out documentStart))
            {
                return -1;
            }
        }
        else
        {
            mention = SubjectOf(sent, cs);
            if (mention.Kind == MentionKind.Dropped && cs == _adverbialMain)
            {
                // "X با اشاره به اینکه ...، گفت": the main verb after the adverbial clause has the sentence's subject.
                mention = _adverbialMention;
            }
            else if (mention.Kind == MentionKind.Dropped && _subjectPara == para.Start && IsCoordinated(cs))
            {
                // "X گفت: «...» و افزود که ...": a reporting verb coordinated with "و" shares the subject before it.
                mention = _paraSubject;
            }
            else
            {
                NoteParagraphSubject(para, mention);
            }
        }

        char n = a < end ? t[a] : '\0';
        int kind; // 0 none, 1 colon, 2 clause, 3 marked right after
        int clauseStart = a;
        if (n == ':' || (n is '؛' or ';' && ((f & CueFlags.ColonOnly) != 0 || NextIsOpenMark(a + 1, end))))
        {
            kind = 1;
        }
        else if ((f & CueFlags.ColonOnly) != 0)
        {
            kind = 0;
        }
        else if (IsWord(a, end, "که"))
        {
            kind = 2;
            clauseStart = MentionParser.SkipSpace(t, a + 2, end);
            if (clauseStart < end && t[clauseStart] == ':')
            {
                clauseStart = MentionParser.SkipSpace(t, clauseStart + 1, end);
            }
        }
        else if ((f & CueFlags.Request) != 0 && IsWord(a, end, "تا"))
        {
            kind = 2;
            clauseStart = MentionParser.SkipSpace(t, a + 2, end);
        }
        else if (n is '،' or ',')
        {
            kind = (f & (CueFlags.NeedsKe | CueFlags.Belief)) != 0 ? 0 : 2;
            clauseStart = MentionParser.SkipSpace(t, a + 1, end);
        }
        else if (IsOpenMark(n))
        {
            kind = (f & CueFlags.Participle) != 0 ? 0 : 3;
        }
        else if (a >= end || IsTerminator(n) || !PhraseTrie.IsWordChar(n))
        {
            kind = 0;
        }
        else if ((f & (CueFlags.NeedsKe | CueFlags.Participle | CueFlags.Document)) != 0 || IsWord(a, end, "و") || IsWord(a, end, "تا")
                 || IsWord(a, end, "وگو") || IsWord(a, end, "وگوی")
                 || IsWord(a, end, "یا") || IsRelativeClause(sent, cs) || IsObjectClause(sent, cs))
        {
            kind = 0;
        }
        else
        {
            kind = 2;
        }

        if (_open is { } open)
        {
            if (kind != 1 && MentionParser.SkipSpace(t, sent, cs) <= open.Start)
            {
                // "X گفت: وزیر وعده داده بود که ...": the first sentence after the colon is the speech itself, and a report
                // it opens with is the speaker's ("the minister had promised"), not the reporter's voice resuming.
                return -1;
            }

            if ((!Cuts(f, mention, kind) && !ReporterDescribesSpeech(mention, cs) && !OpensWithSpeakerTitle(f, mention, sent, cs))
                || (kind == 0 && CoordinatedInsideSpeech(sent, mention)))
            {
                return -1;
            }

            CloseOpen(sent);
        }

        if (kind == 0 || (f & (CueFlags.Negated | CueFlags.Future)) != 0 && kind != 1)
        {
            // What someone did not say or will say is no report of speech: only a colon still presents the words.
            // A nominal report ("X از ... خبر داد") still makes a person recent, but a noun phrase that may be its
            // object ("حداکثر قیمت برنج را ... اعلام کرد") must not.
            if (mention.Kind != MentionKind.Name || IsPersonLike(mention) || IsSurnameOfArticle(mention))
            {
                if (mention.Kind == MentionKind.Name && mention.HasRole && mention.RoleStart > mention.NameEnd && !RoleEndsClearly(mention.RoleEnd, cs))
                {
                    // "X سخنگوی وزارت نیرو برنامه خاموشی‌ها را اعلام کرد": the title may have run on into the object.
                    mention = mention with { RoleStart = mention.RoleEnd };
                }

                AddMention(mention, f, documentStart);
            }

            NoteAddressee(form, mention, cs);
            return -1;
        }

        Mentions.Add(new MentionEvent(mention, (f & CueFlags.Plural) != 0, documentStart, Continues: form.Lemma is "افزود" or "ادامه داد"));
        int mentionIndex = Mentions.Count - 1;
        NoteAddressee(form, mention, cs);

        if (kind == 1)
        {
            return DirectAfterColon(para, a + 1, cs, ce, f, mention, mentionIndex);
        }

        if (kind == 3 && IsNameAtSpeechStart(a, end))
        {
            // 'اعلام کردند "به احتمال زیاد" ایران ...': a partial quotation inside a reported clause.
            return EmitClause(para, a, cs, ce, f, mention, mentionIndex, "indirect.clause", sent);
        }

        if (kind == 3)
        {
            return EmitMarked(para, a, cs, ce, f, mention, mentionIndex, "direct.verb-marks");
        }

        return EmitClause(para, clauseStart, cs, ce, f, mention, mentionIndex, IsWord(a, end, "که") ? "indirect.ke" : "indirect.clause", sent);
    }

    private int HandlePrepositional(Line para, int cs, int ce, CueForm form, int sent)
    {
        string t = _t;
        int end = para.End;
        if (!IsSentenceStart(sent, cs) && !PrecededByComma(sent, cs))
        {
            return -1;
        }

        if (form.Lemma == "به نقل از" && ContainsOutletAttribution(sent, cs))
        {
            return -1;
        }

        // The speaker runs to the comma (or the opening mark) that ends the phrase.
        int x = MentionParser.SkipSpace(t, ce, end);
        int p = x, words = 0, xEnd = -1, contentStart = -1;
        while (p < end && words <= 10)
        {
            char c = t[p];
            if (c is '،' or ',')
            {
                xEnd = p;
                contentStart = p + 1;
                break;
            }

            if (IsOpenMark(c))
            {
                // A name in guillemets ("به نوشته خبرگزاری «آناتولی»، ...") belongs to the phrase.
                int close = FindCloseInParagraph(p, end);
                int after = close < 0 ? -1 : MentionParser.SkipSpace(t, close + 1, end);
                if (after >= 0 && after < end && t[after] is '،' or ',' && close - p < 40)
                {
                    p = close + 1;
                    continue;
                }

                if (p == x && close > p + 1 && close - p < 40 && after >= 0)
                {
                    // "بر اساس اعلام «NAME» ROLE CLAUSE": the marked name and the title after it are the speaker.
                    var (rs, re) = MentionParser.TrailingRole(t, after, end);
                    xEnd = re > rs ? re : close + 1;
                    contentStart = xEnd;
                    break;
                }

                xEnd = p;
                contentStart = p;
                break;
            }

            if (IsTerminator(c))
            {
                break;
            }

            if (PhraseTrie.IsWordChar(c))
            {
                p = MentionParser.WordEnd(t, p, end);
                words++;
                continue;
            }

            p++;
        }

        if (xEnd < 0)
        {
            // "به گفته وی CLAUSE": a pronoun needs no comma.
            if (QuoteWords.Pronouns.TryMatch(t, x, end, out _, out int pe))
            {
                xEnd = pe;
                contentStart = pe;
            }
            else
            {
                return -1;
            }
        }

        if (contentStart == xEnd + 1)
        {
            // "به گفته NAME، ROLE، CLAUSE": the apposition between the two commas belongs to the speaker.
            int appositionEnd = AppositionEnd(x, xEnd, end);
            if (appositionEnd > xEnd)
            {
                xEnd = appositionEnd;
                contentStart = appositionEnd + 1;
            }
        }

        xEnd = MentionParser.TrimEndSpace(t, x, xEnd);
        var mention = MentionParser.Parse(t, x, xEnd) is { Kind: not MentionKind.Dropped } m
            ? m with { End = Math.Max(m.End, xEnd) }
            : new Mention(MentionKind.Name, x, xEnd, x, xEnd, xEnd, xEnd);
        // "از نظر", "از نگاه", "از دید", "از منظر", "به نظر" are also "in terms of" ("از نظر فنی،", "از منظر حقوقی،"):
        // only a pronoun, a description, a title ("از نظر رئیس اتاق بازرگانی،"), a speaker already seen or, for the
        // newer ones, a name that opens with a given name or an honorific ("از نگاه علی سعدوندی،") makes it an opinion.
        if (form.Lemma is "از نظر" or "از نگاه" or "از دید" or "از منظر" or "به نظر"
            && mention.Kind is not (MentionKind.Pronoun or MentionKind.Anaphor or MentionKind.Role) && !SeenSpeaker(mention)
            && (form.Lemma == "از نظر" || !MentionParser.StartsPerson(t, mention.NameStart, mention.NameEnd)))
        {
            return -1;
        }

        // "به نوشته آناتولی، استاندار بیروت گفت: ..." names the medium of a quote that has its own verb.
        int cStart = MentionParser.SkipSpace(t, contentStart, end);
        int main = FindMainVerb(cStart, SentenceEnd(cStart, Math.Min(end, cStart + MaxClauseScan)));
        if (main >= 0 && _cues.TryMatch(t, main, end, out _, out int mainEnd))
        {
            int after = MentionParser.SkipSpace(t, mainEnd, end);
            if (after < end && (t[after] == ':' || IsWord(after, end, "که")))
            {
                return -1;
            }
        }

        if (_open is not null)
        {
            CloseOpen(sent);
        }

        if (form.Lemma == "به نوشته" && PrecededByComma(sent, cs) && ContainsOutletAttribution(sent, cs))
        {
            // "به گزارش A، به نوشته B، ...": B is where the outlet took the story from, a credited source like "به نقل
            // از B", not a speaker; "این روزنامه" may still point back to it.
            Mentions.Add(new MentionEvent(mention, false, -1, Publication: true));
            return -1;
        }

        Mentions.Add(new MentionEvent(mention, (form.Flags & CueFlags.Plural) != 0, -1, Publication: form.Lemma == "به نوشته"));
        int mi = Mentions.Count - 1;
        return EmitClause(para, MentionParser.SkipSpace(t, contentStart, end), cs, ce, form.Flags, mention, mi, "indirect.prepositional", sent);
    }

    // "NAME، ROLE،": where a singular title set off by commas after a bare name ends (its second comma), else -1.
    private int AppositionEnd(int nameStart, int comma, int end)
    {
        string t = _t;
        int rs = MentionParser.SkipSpace(t, comma + 1, end);
        if (rs >= end || !QuoteWords.RoleHeads.TryMatch(t, rs, end, out _, out _) || QuoteWords.GroupHeads.TryMatch(t, rs, end, out _, out _))
        {
            return -1;
        }

        int p = rs, words = 0;
        while (p < end && words <= 8)
        {
            char c = t[p];
            if (c is '،' or ',')
            {
                return MentionParser.Parse(t, nameStart, comma) is { Kind: MentionKind.Name, HasRole: false } ? p : -1;
            }

            if (IsTerminator(c) || IsOpenMark(c) || c == ':')
            {
                return -1;
            }

            if (PhraseTrie.IsWordChar(c))
            {
                if (_cues.TryMatch(t, p, end, out _, out _))
                {
                    return -1;
                }

                p = MentionParser.WordEnd(t, p, end);
                words++;
                continue;
            }

            p++;
        }

        return -1;
    }

    private int HandleAdverbial(Line para, int cs, int ce, CueForm form, int sent)
    {
        string t = _t;
        int end = para.End;
        int clauseStart = MentionParser.SkipSpace(t, ce, end);
        int sentenceEnd = SentenceEnd(clauseStart, Math.Min(end, clauseStart + MaxClauseScan));
        int main = FindMainVerb(clauseStart, sentenceEnd);
        int clauseEnd = sentenceEnd;
        if (main >= 0)
        {
            clauseEnd = main;
            int comma = LastCommaBefore(clauseStart, main);
            if (comma > clauseStart)
            {
                clauseEnd = comma;
            }
        }

        var mention = MentionParser.Parse(t, sent, cs);
        _adverbialMain = main;
        _adverbialMention = mention;
        NoteParagraphSubject(para, mention);

        if (_open is not null)
        {
            CloseOpen(sent);
        }

        int mi = AddMention(mention, form.Flags, -1);
        clauseEnd = TrimContentEnd(clauseStart, clauseEnd);
        if (clauseEnd <= clauseStart)
        {
            return -1;
        }

        Quotes.Add(new RawQuote
        {
            Kind = QuoteKind.Indirect, Start = clauseStart, End = clauseEnd, CueStart = cs, CueEnd = ce, CueFlags = form.Flags,
            Mention = mention, MentionIndex = mi, Rule = "indirect.adverbial",
        });

        // The main verb after the clause is read next; its subject is the same sentence opening.
        return main >= 0 ? clauseEnd : sentenceEnd;
    }

    private int FindMainVerb(int start, int end)
    {
        string t = _t;
        int first = -1, afterComma = -1;
        bool comma = false;
        for (int p = start; p < end; p++)
        {
            char c = t[p];
            if (IsOpenMark(c))
            {
                int close = FindCloseInParagraph(p, end);
                if (close > p)
                {
                    p = close;
                }

                continue;
            }

            if (c is '،' or ',')
            {
                comma = true;
                continue;
            }

            if (!PhraseTrie.IsWordChar(c) || (p > 0 && PhraseTrie.IsWordChar(t[p - 1])))
            {
                continue;
            }

            if (_cues.TryMatch(t, p, end, out var form, out int ce) && (form.Flags & CueFlags.Verb) != 0 && (form.Flags & CueFlags.Document) == 0)
            {
                int a = MentionParser.SkipSpace(t, ce, end);
                if (a < end && t[a] == ':')
                {
                    return p;
                }

                if (first < 0)
                {
                    first = p;
                }

                if (comma && afterComma < 0)
                {
                    afterComma = p;
                }

                p = ce - 1;
            }
        }

        return afterComma >= 0 ? afterComma : first;
    }

    private int LastCommaBefore(int start, int end)
    {
        int depth = 0, last = -1;
        for (int i = start; i < end; i++)
        {
            char c = _t[i];
            if (c is '«' or '“')
            {
                depth++;
            }
            else if (c is '»' or '”')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '،' or ',')
            {
                last = i;
            }
        }

        return last;
    }

    // Whether "در" + (این/آن) + a document noun ("در نامه‌ای", "در این پیام") comes between p and cs.
    private bool DocumentPhraseBefore(int p, int cs)
    {
        string t = _t;
        p = MentionParser.SkipSpace(t, p, cs);
        while (p < cs)
        {
            if (IsWord(p, cs, "در"))
            {
                int q = MentionParser.SkipSpace(t, p + 2, cs);
                while (q < cs && QuoteWords.Demonstratives.TryMatch(t, q, cs, out _, out int de))
                {
                    q = MentionParser.SkipSpace(t, de, cs);
                }

                if (q < cs && QuoteWords.DocumentNouns.TryMatch(t, q, cs, out _, out _))
                {
                    return true;
                }
            }

            int w = MentionParser.WordEnd(t, p, cs);
            p = MentionParser.SkipSpace(t, w > p ? w : p + 1, cs);
        }

        return false;
    }

    private bool TryDocumentSubject(int sent, int cs, bool passive, out Mention mention, out int documentStart)
    {
        // "در (متن) (این) بیانیه (X) آمده است": the issuer is X, or the one who issued "this" document.
        string t = _t;
        mention = Mention.DroppedAt(cs);
        documentStart = -1;
        int p = MentionParser.SkipSpace(t, ClauseStartOf(sent, cs), cs);
        while (p < cs && QuoteWords.LeadingDiscourse.TryMatch(t, p, cs, out _, out int le))
        {
            p = MentionParser.SkipSpace(t, le, cs);
        }

        if (p < cs && IsWord(p, cs, "به") && QuoteWords.DocumentNouns.TryMatch(t, MentionParser.SkipSpace(t, p + 2, cs), cs, out _, out _))
        {
            return false;
        }

        if (!IsWord(p, cs, "در"))
        {
            if (passive)
            {
                // A passive reporting verb speaks for a document only as "در DOCUMENT ... اعلام شده است".
                return false;
            }

            // "متن سخنان جلیلی به شرح زیر است": the subject names the speaker after the document words.
            int q = p;
            while (q < cs && QuoteWords.DocumentNouns.TryMatch(t, q, cs, out _, out int de))
            {
                q = MentionParser.SkipSpace(t, de, cs);
            }

            if (q == p)
            {
                return false;
            }

            mention = MentionParser.Parse(t, q, cs);
            documentStart = p;
            return true;
        }

        documentStart = p;
        p = MentionParser.SkipSpace(t, p + 2, cs);
        int phraseStart = p, nounStart = -1, nounEnd = -1;
        bool demonstrative = false, noun = false;
        while (p < cs)
        {
            if (QuoteWords.Demonstratives.TryMatch(t, p, cs, out _, out int de))
            {
                demonstrative = true;
                p = MentionParser.SkipSpace(t, de, cs);
                continue;
            }

            if (!noun && QuoteWords.DocumentParts.TryMatch(t, p, cs, out _, out int pe))
            {
                // "در بخشی از بیانیه ...": the part is not the document, so a document kept as written starts after it.
                p = MentionParser.SkipSpace(t, pe, cs);
                if (!demonstrative)
                {
                    phraseStart = p;
                }

                continue;
            }

            if (QuoteWords.DocumentNouns.TryMatch(t, p, cs, out _, out int ne))
            {
                if (!noun)
                {
                    nounStart = p;
                    nounEnd = ne;
                }

                noun = true;
                p = MentionParser.SkipSpace(t, ne, cs);
                continue;
            }

            break;
        }

        if (!noun)
        {
            return false;
        }

        int xe = MentionParser.TrimEndSpace(t, p, cs);
        if (xe > p && !demonstrative)
        {
            mention = MentionParser.Parse(t, p, xe);
            if (mention.Kind == MentionKind.Dropped)
            {
                mention = new Mention(MentionKind.Name, p, xe, p, xe, xe, xe);
            }
        }
        else if (demonstrative && EarlierIssuer(documentStart, nounStart, nounEnd) is { } issuer)
        {
            // "در این اطلاعیه آمده است" after "X در اطلاعیه‌ای ... خبر داد": the issuer of that document.
            mention = issuer;
        }
        else
        {
            // No issuer written or named earlier: "این مقاله" stays as written.
            int pe = MentionParser.TrimEndSpace(t, phraseStart, cs);
            mention = new Mention(MentionKind.Anaphor, phraseStart, pe, phraseStart, pe, pe, pe);
        }

        return true;
    }

    private const int MaxIssuerLookBack = 2000;

    /// <summary>
    /// The issuer of the latest earlier mention of the same document noun: the subject of "X در/با بیانیه‌ای ...", or
    /// B in "به گزارش A به نقل از B" for "این گزارش".
    /// </summary>
    private Mention? EarlierIssuer(int before, int nounStart, int nounEnd)
    {
        string t = _t;
        var noun = t.AsSpan(nounStart, MentionParser.WordEnd(t, nounStart, nounEnd) - nounStart);
        int floor = Math.Max(0, before - MaxIssuerLookBack);
        int o = t.AsSpan(floor, before - floor).LastIndexOf(noun, StringComparison.Ordinal);

        // Not inside a longer word, and not another "این گزارش" pointing further back.
        while (o >= 0 && ((floor + o > 0 && PhraseTrie.IsWordChar(t[floor + o - 1])) || PrecededByDemonstrative(floor + o)))
        {
            o = o == 0 ? -1 : t.AsSpan(floor, o).LastIndexOf(noun, StringComparison.Ordinal);
        }

        if (o < 0)
        {
            return null;
        }

        o += floor;
        int sentence = o;
        while (sentence > floor && !IsSentenceBreak(sentence - 1))
        {
            sentence--;
        }

        // The word "به" before the noun, not a word ending in it ("روز دوشنبه گزارشی منتشر کرد").
        var (bw, be0) = WordBefore(o);
        if (bw >= sentence && IsWord(bw, be0, "به"))
        {
            // "به گزارش A به نقل از B،": the report is B's.
            int comma = t.AsSpan(o, Math.Min(MaxLookBehind, t.Length - o)).IndexOfAny('،', ',');
            int stop = comma < 0 ? -1 : o + comma;
            int from = stop < 0 ? -1 : t.AsSpan(o, stop - o).IndexOf("به نقل از", StringComparison.Ordinal);
            if (from < 0)
            {
                return null;
            }

            int bs = MentionParser.SkipSpace(t, o + from + "به نقل از".Length, stop);
            int be = MentionParser.TrimEndSpace(t, bs, stop);
            return be > bs ? new Mention(MentionKind.Name, bs, be, bs, be, be, be) : null;
        }

        var subject = MentionParser.Parse(t, sentence, o);
        return subject.Kind is MentionKind.Name or MentionKind.Role && subject.End <= o ? subject : null;
    }

    private bool PrecededByDemonstrative(int p)
    {
        var (w, e) = WordBefore(p);
        return e > w && QuoteWords.Demonstratives.IsWhole(_t, w, e, out _);
    }

    // The word that ends right before p, spaces and half-spaces skipped: [Start, End), empty where there is none.
    // A subject written before a reporting verb; a long phrase may have run into the verb's object ("مریم تمام
    // اظهارات مرا کذب عنوان کرد"), so it is not lent to the next verb.
    private void NoteParagraphSubject(Line para, Mention mention)
    {
        if (mention.Kind == MentionKind.Dropped)
        {
            return;
        }

        bool clean = mention.Kind != MentionKind.Name || CountWords(mention.NameStart, mention.NameEnd) <= 4;
        _subjectPara = clean ? para.Start : -1;
        _paraSubject = mention;
    }

    // "و افزود", "و همچنین گفت", "و سپس افزود": a verb coordinated with the one before it.
    private bool IsCoordinated(int cs)
    {
        var (w, e) = WordBefore(cs);
        if (e - w != 1 || _t[w] != 'و')
        {
            if (e <= w || !(IsWord(w, e, "همچنین") || IsWord(w, e, "سپس") || IsWord(w, e, "نیز")))
            {
                return false;
            }

            (w, e) = WordBefore(w);
        }

        return e - w == 1 && _t[w] == 'و';
    }

    private (int Start, int End) WordBefore(int p) => MentionParser.WordBefore(_t, p);

    private bool IsSentenceBreak(int i)
        => _t[i] is '\n' or '\r' or '!' or '?' or '؟' or '؛' or ';' or ':'
           || (_t[i] == '.' && !(i > 0 && i + 1 < _t.Length && PersianLetters.IsDigit(_t[i - 1]) && PersianLetters.IsDigit(_t[i + 1])));

    // A cue inside an unmarked colon quote ends it only when the reporter's voice is back: a third person verb whose
    // subject is dropped, a pronoun, a description pointing back or an earlier speaker, or a new colon cue.
    private bool Cuts(CueFlags f, Mention mention, int kind)
    {
        if ((f & CueFlags.NotThirdPerson) != 0)
        {
            return false;
        }

        if ((f & (CueFlags.Adverbial | CueFlags.Prepositional)) != 0 || kind == 1)
        {
            return true;
        }

        if (kind == 0)
        {
            return mention.Kind is MentionKind.Pronoun or MentionKind.Anaphor || (mention.Kind is MentionKind.Name or MentionKind.Role && SeenSpeaker(mention));
        }

        return mention.Kind is MentionKind.Dropped or MentionKind.Pronoun or MentionKind.Anaphor
               || (mention.Kind is MentionKind.Name or MentionKind.Role && SeenSpeaker(mention));
    }

    // "مهاجرانی: این موضوع در حوزه وزارت خارجه است و آنها پاسخ خواهند داد.": a pronoun coordinated with "و" after a
    // clause of the same sentence is inside the speech; the reporter's voice resumes with a sentence of its own.
    private bool CoordinatedInsideSpeech(int sent, Mention mention)
    {
        if (mention.Kind != MentionKind.Pronoun)
        {
            return false;
        }

        string t = _t;
        int before = MentionParser.TrimEndSpace(t, sent, mention.Start);
        if (before - 1 <= sent || t[before - 1] != 'و' || PhraseTrie.IsWordChar(t[before - 2]))
        {
            return false;
        }

        // At least two words of the clause before "و".
        int prev = MentionParser.TrimEndSpace(t, sent, before - 1);
        int words = 0;
        for (int i = prev - 1; i >= sent && words < 2; i--)
        {
            if (PhraseTrie.IsWordChar(t[i]) && (i == sent || !PhraseTrie.IsWordChar(t[i - 1])))
            {
                words++;
            }
        }

        return words >= 2;
    }

    // "محسن پاک‌نژاد در ادامه تأکید کرد که ...", "مهدی رضایی همچنین درباره قیمت‌ها توضیح داد که ...": a person named in
    // full, with the reporter's words for the flow of a speech (در ادامه، در پایان، همچنین، نیز) before the verb, is the
    // reporter telling what someone said next, not words inside the quotation.
    private bool ReporterDescribesSpeech(Mention mention, int cs)
    {
        if (mention.Kind != MentionKind.Name || !IsPersonLike(mention) || CountWords(mention.NameStart, mention.NameEnd) < 2)
        {
            return false;
        }

        string t = _t;
        int p = MentionParser.SkipSpace(t, mention.End, cs);
        for (int words = 0; p < cs && words < 12; words++)
        {
            if (QuoteWords.ReporterResumes.TryMatch(t, p, cs, out _, out _) || IsWord(p, cs, "همچنین") || IsWord(p, cs, "نیز"))
            {
                return true;
            }

            p = MentionParser.SkipSpace(t, MentionParser.WordEnd(t, p, cs), cs);
            while (p < cs && !PhraseTrie.IsWordChar(t[p]))
            {
                p++;
            }
        }

        return false;
    }

    // "X، دبیرکل اتحادیه، گفت: ... دبیر کل اتحادیه قیمت هر کیلو را ... اعلام کرد": a sentence that opens with an earlier
    // speaker's whole title (two words or more) and runs on into the object of a third person verb is the reporter's.
    private bool OpensWithSpeakerTitle(CueFlags f, Mention mention, int sent, int cs)
    {
        if ((f & CueFlags.NotThirdPerson) != 0 || mention.Kind is not (MentionKind.Dropped or MentionKind.Role))
        {
            return false;
        }

        int p = MentionParser.SkipSpace(_t, sent, cs);
        var clause = _t.AsSpan(p, cs - p);
        for (int i = Mentions.Count - 1; i >= 0 && i >= Mentions.Count - MaxRecentMentions; i--)
        {
            var m = Mentions[i].Mention;
            if (m.Kind is MentionKind.Name or MentionKind.Role && m.RoleEnd > m.RoleStart)
            {
                var role = _t.AsSpan(m.RoleStart, m.RoleEnd - m.RoleStart);
                if (role.IndexOfAny(' ', '\u200C') > 0 && StartsWithIgnoringSeparators(clause, role))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "اتحادیه کشاورزان اعلام کرد: مطالبات پرداخت نشده است. این اتحادیه خواستار پرداخت فوری شد.": inside unmarked speech,
    // a sentence whose subject is "این" + the head word of the speaker's own name or title refers to the speaker in the
    // third person, which the speaker does not do: the reporter's voice has resumed.
    // The reporter's account of the event, in the third person past: "این همایش با حضور ... برگزار شد", "X و Y نیز در
    // این مراسم حضور داشتند". A speaker speaking at the event does not narrate it so, and unmarked speech ends before it.
    private static readonly string[] EventHeldEndings = ["برگزار شد", "برگزار گردید", "برگزار شده بود", "به پایان رسید", "پایان یافت", "آغاز شد"];

    private static readonly string[] EventPresenceEndings =
        ["حضور داشتند", "حضور داشت", "حضور یافتند", "حضور یافت", "شرکت داشتند", "شرکت کردند", "شرکت کرد"];

    private bool NarratesTheEvent(int p, int end)
    {
        string t = _t;
        int stop = p;
        while (stop < end && (t[stop] is not ('.' or '!' or '?' or '؟') || (t[stop] == '.' && !IsSentenceDot(stop, end))))
        {
            stop++;
        }

        var sentence = t.AsSpan(p, MentionParser.TrimEndSpace(t, p, stop) - p);
        if (MentionParser.IsWordAt(t, p, end, "این") && QuoteWords.EventNouns.TryMatch(t, MentionParser.SkipSpace(t, p + 3, end), end, out _, out _))
        {
            return EndsWithAny(sentence, EventHeldEndings);
        }

        if (!EndsWithAny(sentence, EventPresenceEndings))
        {
            return false;
        }

        for (int i = sentence.IndexOf("در این ", StringComparison.Ordinal); i >= 0; i = NextIndex(sentence, i))
        {
            int w = MentionParser.SkipSpace(t, p + i + "در این ".Length, stop);
            if ((i == 0 || !PhraseTrie.IsWordChar(sentence[i - 1])) && QuoteWords.EventNouns.TryMatch(t, w, stop, out _, out _))
            {
                return true;
            }
        }

        return false;

        static int NextIndex(ReadOnlySpan<char> s, int i)
        {
            int k = s[(i + 1)..].IndexOf("در این ", StringComparison.Ordinal);
            return k < 0 ? -1 : i + 1 + k;
        }

        static bool EndsWithAny(ReadOnlySpan<char> s, string[] endings)
        {
            foreach (string e in endings)
            {
                if (s.EndsWith(e, StringComparison.Ordinal) && (s.Length == e.Length || !PhraseTrie.IsWordChar(s[^(e.Length + 1)])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Whether the clause of the verb at cs (from the last comma before it, or the sentence start) opens with a
    // conditional conjunction ("اگر", "چنانچه", "در صورتی که"), after "و" or a discourse word.
    private bool OpensWithCondition(int sent, int cs)
    {
        int comma = _t.AsSpan(sent, cs - sent).LastIndexOfAny('،', ',');
        int p = MentionParser.SkipSpace(_t, comma < 0 ? sent : sent + comma + 1, cs);
        if (IsWord(p, cs, "و"))
        {
            p = MentionParser.SkipSpace(_t, p + 1, cs);
        }

        p = SkipDiscourse(p, cs);
        return IsWord(p, cs, "اگر") || IsWord(p, cs, "چنانچه") || IsWord(p, cs, "درصورتیکه")
               || (IsWord(p, cs, "در") && IsWord(MentionParser.SkipSpace(_t, p + 2, cs), cs, "صورتی"));
    }

    private bool OpensWithSpeakerAnaphor(int p, int end)
    {
        if (_open is not { } open || !MentionParser.IsWordAt(_t, p, end, "این"))
        {
            return false;
        }

        int w = MentionParser.SkipSpace(_t, p + 3, end);
        int we = MentionParser.WordEnd(_t, w, end);
        if (we <= w)
        {
            return false;
        }

        var head = _t.AsSpan(w, we - w);
        var m = open.Mention;
        if (m.Kind is not (MentionKind.Name or MentionKind.Role))
        {
            return false;
        }

        return HeadIs(m.NameStart, m.NameEnd, head) || HeadIs(m.RoleStart, m.RoleEnd, head);

        bool HeadIs(int s, int e, ReadOnlySpan<char> word)
        {
            if (e <= s)
            {
                return false;
            }

            int ws = MentionParser.SkipHonorifics(_t, s, e);
            int wend = MentionParser.WordEnd(_t, ws, e);
            return wend > ws && _t.AsSpan(ws, wend - ws).SequenceEqual(word);
        }
    }

    private bool SeenSpeaker(Mention mention)
    {
        var span = _t.AsSpan(mention.NameStart, mention.NameEnd - mention.NameStart);
        if (span.IsEmpty)
        {
            return false;
        }

        for (int i = Mentions.Count - 1; i >= 0 && i >= Mentions.Count - MaxRecentMentions; i--)
        {
            var m = Mentions[i];
            if (m.Mention.Kind is MentionKind.Name or MentionKind.Role)
            {
                // The title of an earlier apposition counts too: "X، دبیرکل اتحادیه، گفت: ... دبیر کل اتحادیه افزود".
                var other = _t.AsSpan(m.Mention.Start, m.Mention.End - m.Mention.Start);
                var role = _t.AsSpan(m.Mention.RoleStart, m.Mention.RoleEnd - m.Mention.RoleStart);
                if (ContainsIgnoringSeparators(other, span) || (!role.IsEmpty && ContainsIgnoringSeparators(role, span)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether `text` opens with the words of `prefix`, spaces and half-spaces disregarded, and a word ends there.
    internal static bool StartsWithIgnoringSeparators(ReadOnlySpan<char> text, ReadOnlySpan<char> prefix)
        => MatchIgnoringSeparators(text, 0, prefix) is int a and >= 0
           && (a == text.Length || (text[a] != '\u200C' && !PhraseTrie.IsWordChar(text[a])));

    // Whether the letters of `part` occur in `text` in order with spaces and half-spaces disregarded: a compound title is
    // written spaced, with a half-space or on ("دبیر کل", "دبیر‌کل", "دبیرکل") and is the same title each way.
    internal static bool ContainsIgnoringSeparators(ReadOnlySpan<char> text, ReadOnlySpan<char> part)
    {
        if (text.Contains(part, StringComparison.Ordinal))
        {
            return true;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == part[0] && MatchIgnoringSeparators(text, i, part) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Where the letters of `part`, matched from text[a] on with spaces and half-spaces disregarded, end in `text`; -1
    // when they do not match there.
    private static int MatchIgnoringSeparators(ReadOnlySpan<char> text, int a, ReadOnlySpan<char> part)
    {
        int b = 0;
        while (a < text.Length && b < part.Length)
        {
            if (text[a] is ' ' or '\u200C')
            {
                a++;
            }
            else if (part[b] is ' ' or '\u200C')
            {
                b++;
            }
            else if (text[a] == part[b])
            {
                a++;
                b++;
            }
            else
            {
                return -1;
            }
        }

        return b == part.Length ? a : -1;
    }

    // "X از Y پرسید (که) ... و او گفت": the one asked answers, so a pronoun right after the question means Y, not the
    // asker. Y is the phrase after the last "از" before the verb ("پس از جلسه از Y پرسید"), when it names someone.
    private void NoteAddressee(CueForm form, Mention asker, int cs)
    {
        if (form.Lemma != "پرسید")
        {
            return;
        }

        string t = _t;
        int from = Math.Max(asker.End, cs - MaxLookBehind);
        int az = -1;
        for (int p = from; p + 2 <= cs; p++)
        {
            if (t[p] == 'ا' && (p == 0 || !PhraseTrie.IsWordChar(t[p - 1])) && MentionParser.IsWordAt(t, p, cs, "از"))
            {
                az = p;
            }
        }

        if (az < 0)
        {
            return;
        }

        var asked = MentionParser.Parse(t, MentionParser.SkipSpace(t, az + 2, cs), MentionParser.TrimEndSpace(t, az + 2, cs));
        if (asked.Kind is MentionKind.Name or MentionKind.Role && asked.End > asked.Start)
        {
            Mentions.Add(new MentionEvent(asked, false, Addressee: true));
        }
    }

    private int AddMention(Mention mention, CueFlags f, int documentStart)
    {
        Mentions.Add(new MentionEvent(mention, (f & CueFlags.Plural) != 0, documentStart));
        return Mentions.Count - 1;
    }

    // ---------------------------------------------------------------- content

    private int DirectAfterColon(Line para, int after, int cs, int ce, CueFlags f, Mention mention, int mi)
    {
        string t = _t;
        int q = MentionParser.SkipSpace(t, after, para.End);
        if (q >= para.End)
        {
            // "... نوشت:" at the end of a paragraph: the words are the next paragraph.
            if (_pi + 1 >= _paras.Length)
            {
                return -1;
            }

            var next = _paras[_pi + 1];
            if (IsOpenMark(t[next.Start]))
            {
                _pi++;
                return EmitMarked(next, next.Start, cs, ce, f, mention, mi, "direct.colon");
            }

            Quotes.Add(new RawQuote
            {
                Kind = QuoteKind.Direct, Start = next.Start, End = TrimContentEnd(next.Start, next.End), CueStart = cs, CueEnd = ce,
                CueFlags = f, Mention = mention, MentionIndex = mi, Rule = "direct.colon-next",
            });
            return next.End;
        }

        if (IsOpenMark(t[q]) && !IsNameAtSpeechStart(q, para.End))
        {
            return EmitMarked(para, q, cs, ce, f, mention, mi, "direct.colon");
        }

        _open = new RawQuote
        {
            Kind = QuoteKind.Direct, Start = q, End = -1, CueStart = cs, CueEnd = ce, CueFlags = f, Mention = mention,
            MentionIndex = mi, Rule = "direct.colon-unmarked",
        };
        return q;
    }

    // 'گفت: «جهاد بزرگ» فقط شعار نیست ...': marks that close on a short phrase followed by a longer rest of the sentence
    // enclose a name or a slogan inside unmarked speech, not the speech itself.
    private bool IsNameAtSpeechStart(int open, int end)
    {
        int close = FindCloseInParagraph(open, end);
        if (close < 0)
        {
            return false;
        }

        int last = MentionParser.TrimEndSpace(_t, open, close);
        int after = MentionParser.SkipSpace(_t, close + 1, end);
        if (after >= end || !PhraseTrie.IsWordChar(_t[after]) || (last > open && IsTerminator(_t[last - 1]))
            || QuoteWords.ClauseOpeners.TryMatch(_t, after, end, out _, out _))
        {
            // The quoted words end their own sentence: they are the speech.
            return false;
        }

        int sentenceEnd = SentenceEnd(after, Math.Min(end, after + MaxClauseScan));
        return CountWords(after, sentenceEnd) > CountWords(open, close);
    }

    private int EmitMarked(Line para, int open, int cs, int ce, CueFlags f, Mention mention, int mi, string rule)
    {
        int close = FindClose(open, para, out int closePara);
        if (close < 0)
        {
            // Never closed: the speech runs like an unmarked colon quote, until the reporter's voice is back.
            _open = new RawQuote
            {
                Kind = QuoteKind.Direct, Start = open + 1, End = -1, CueStart = cs, CueEnd = ce, CueFlags = f, Mention = mention,
                MentionIndex = mi, Rule = rule, Unclosed = true,
            };
            return open + 1;
        }

        int start = MentionParser.SkipSpace(_t, open + 1, close);
        Quotes.Add(new RawQuote
        {
            Kind = QuoteKind.Direct, Start = start, End = TrimContentEnd(start, close), CueStart = cs, CueEnd = ce, CueFlags = f,
            Mention = mention, MentionIndex = mi, Rule = closePara > _pi ? AcrossParagraphs(rule) : rule,
        });
        if (closePara > _pi)
        {
            _pi = closePara;
        }

        return close + 1;
    }

    // Rule ids are literals, so the result holds no string made for them.
    private static string AcrossParagraphs(string rule) => rule switch
    {
        "direct.colon" => "direct.colon-paragraphs",
        "direct.verb-marks" => "direct.verb-marks-paragraphs",
        _ => rule + "-paragraphs",
    };

    private static string InMarks(string rule) => rule switch
    {
        "indirect.clause" => "indirect.clause-marks",
        "indirect.ke" => "indirect.ke-marks",
        "indirect.prepositional" => "indirect.prepositional-marks",
        _ => rule + "-marks",
    };

    private int EmitClause(Line para, int start, int cs, int ce, CueFlags f, Mention mention, int mi, string rule, int sent)
    {
        string t = _t;
        int end = para.End;
        if (start >= end)
        {
            return -1;
        }

        // A clause wholly inside quotation marks is the speaker's own words.
        if (IsOpenMark(t[start]))
        {
            int close = FindCloseInParagraph(start, end);
            if (close > start)
            {
                int after = close + 1;
                while (after < end && (t[after] is '.' or '!' or '؟' or '?' || PhraseTrie.IsJointChar(t[after])))
                {
                    after++;
                }

                if (after >= end || IsTerminator(t[after - 1]) || t[after - 1] == '.' || after == close + 1 && IsTerminator(t[after]))
                {
                    int s = MentionParser.SkipSpace(t, start + 1, close);
                    Quotes.Add(new RawQuote
                    {
                        Kind = QuoteKind.Direct, Start = s, End = TrimContentEnd(s, close), CueStart = cs, CueEnd = ce, CueFlags = f,
                        Mention = mention, MentionIndex = mi, Rule = InMarks(rule),
                    });
                    return close + 1;
                }
            }
        }

        // Bounded like every other clause look-ahead: in a paragraph with no sentence end (or with its dots inside marks)
        // each cue would otherwise read to the paragraph's end, quadratic in a long one.
        int sentenceEnd = SentenceEnd(start, Math.Min(end, start + MaxClauseScan));
        int clauseEnd = CoordinatedCue(start, sentenceEnd);
        int resume = -1;
        if (MentionParser.OpeningWhileClauseEnd(t, sent, start, clauseEnd) is var whileEnd and > 0)
        {
            // "در حالی که X می‌گوید ...، Y ...": what X says ends with the subordinate clause; the main clause, with its
            // own subject, starts after the comma.
            clauseEnd = whileEnd;
            resume = whileEnd + 1;
        }

        int contentEnd = TrimContentEnd(start, clauseEnd);
        if (contentEnd <= start)
        {
            return -1;
        }

        Quotes.Add(new RawQuote
        {
            Kind = QuoteKind.Indirect, Start = start, End = contentEnd, CueStart = cs, CueEnd = ce, CueFlags = f,
            Mention = mention, MentionIndex = mi, Rule = rule,
        });
        return resume >= 0 ? resume : clauseEnd;
    }

    /// <summary>
    /// Where "و" before a second reporting verb with its own clause ends the reported clause ("X گفت که ... و افزود
    /// که ..."), or <paramref name="sentenceEnd"/>: the second verb opens its own quote with the same speaker.
    /// </summary>
    private int CoordinatedCue(int start, int sentenceEnd)
    {
        string t = _t;
        for (int p = start + 1; p + 2 < sentenceEnd; p++)
        {
            if (t[p] != 'و' || PhraseTrie.IsWordChar(t[p - 1]) || !IsWord(p, sentenceEnd, "و"))
            {
                continue;
            }

            int q = MentionParser.SkipSpace(t, p + 1, sentenceEnd);
            if (MentionParser.IsWordAt(t, q, sentenceEnd, "او") || MentionParser.IsWordAt(t, q, sentenceEnd, "وی"))
            {
                // "X از Y پرسید که ... و او پاسخ داد که ...": a pronoun subject before the second verb.
                q = MentionParser.SkipSpace(t, q + 2, sentenceEnd);
            }

            if (q < sentenceEnd && _cues.TryMatch(t, q, sentenceEnd, out var form, out int qe)
                && (form.Flags & CueFlags.Verb) != 0
                && (form.Flags & (CueFlags.Negated | CueFlags.Future | CueFlags.Document | CueFlags.Participle | CueFlags.NotThirdPerson)) == 0)
            {
                int a = MentionParser.SkipSpace(t, qe, sentenceEnd);
                if (a < sentenceEnd && (t[a] == ':' || IsWord(a, sentenceEnd, "که")))
                {
                    return p;
                }
            }
            else if (ColonCueWithin(q, sentenceEnd))
            {
                // "... چیست و او پاسخ داد: «...»", "... و وزیر اقتصاد در پاسخ گفت: ...": a subject of its own before a
                // reporting verb and a colon opens another quotation.
                return p;
            }
        }

        return sentenceEnd;
    }

    private const int MaxCoordinatedSubjectWords = 6;

    // Whether a third person reporting verb followed by a colon comes within a few words of q, with no punctuation before it.
    private bool ColonCueWithin(int q, int sentenceEnd)
    {
        string t = _t;
        for (int w = 0; w < MaxCoordinatedSubjectWords && q < sentenceEnd && PhraseTrie.IsWordChar(t[q]); w++)
        {
            if (_cues.TryMatch(t, q, sentenceEnd, out var form, out int qe) && (form.Flags & CueFlags.Verb) != 0
                && (form.Flags & (CueFlags.Negated | CueFlags.Document | CueFlags.Participle | CueFlags.NotThirdPerson)) == 0)
            {
                int a = MentionParser.SkipSpace(t, qe, sentenceEnd);
                return a < sentenceEnd && t[a] == ':';
            }

            q = MentionParser.SkipSpace(t, MentionParser.WordEnd(t, q, sentenceEnd), sentenceEnd);
        }

        return false;
    }

    // "«...»، X افزود." — a quotation that opens a sentence and a short attribution after it.
    private int TryQuoteFirst(int open, int sent, Line para)
    {
        string t = _t;
        int end = para.End;
        if (!IsSentenceStart(sent, open) && !AfterOutletAttribution(sent, open))
        {
            return -1;
        }

        int close = FindClose(open, para, out int closePara);
        if (close < 0 || (closePara == _pi && CountWords(open, close) < 3))
        {
            // A name or a term in guillemets opening a sentence ("«دونالد ترامپ» اخیراً ...") is not speech.
            return -1;
        }

        int lineEnd = _paras[closePara].End;
        int a = close + 1;
        while (a < lineEnd && (PhraseTrie.IsJointChar(t[a]) || t[a] is '،' or ',' or '-' or '–' or '—'))
        {
            a++;
        }

        a = SkipResumingObject(a, lineEnd);
        if (NominalAttribution(a, lineEnd, out var nominal, out int cueStart, out int cueEnd, out var cueFlags, out int sentenceEnd))
        {
            // "«...»، به گفته X.", "«...»؛ این ادعای X است.": the attribution after the quotation has no verb of saying.
            int mi = AddMention(nominal, cueFlags, -1);
            int s = MentionParser.SkipSpace(t, open + 1, close);
            Quotes.Add(new RawQuote
            {
                Kind = QuoteKind.Direct, Start = s, End = TrimContentEnd(s, close), CueStart = cueStart, CueEnd = cueEnd, CueFlags = cueFlags,
                Mention = nominal, MentionIndex = mi, Rule = "direct.quote-first",
            });
            if (closePara > _pi)
            {
                _pi = closePara;
            }

            return sentenceEnd;
        }

        int words = 0;
        for (int p = a; p < lineEnd && words <= MaxPostAttributionWords; p++)
        {
            char c = t[p];
            if (IsTerminator(c) || IsOpenMark(c) || c == ':')
            {
                break;
            }

            if (!PhraseTrie.IsWordChar(c) || (p > 0 && PhraseTrie.IsWordChar(t[p - 1])))
            {
                continue;
            }

            words++;
            if (_cues.TryMatch(t, p, lineEnd, out var form, out int ce) && (form.Flags & CueFlags.Verb) != 0
                && (form.Flags & (CueFlags.Negated | CueFlags.Document | CueFlags.ColonOnly)) == 0)
            {
                int after = MentionParser.SkipSpace(t, ce, lineEnd);
                bool resumes = false;
                int second = -1;
                if (after < lineEnd && t[after] is '،' or ',' && MentionParser.SkipSpace(t, after + 1, lineEnd) is var o2 && o2 < lineEnd
                    && IsOpenMark(t[o2]) && closePara == _pi && FindCloseInParagraph(o2, lineEnd) is var c2 && c2 > o2)
                {
                    // "«...»، X گفت، «...»": one quotation split by its attribution; both parts are X's.
                    second = o2;
                }
                else if (after < lineEnd && !IsTerminator(t[after]))
                {
                    // "«...» X با بیان این مطلب افزود: ...", "«...» X این را گفت و افزود که ...": the words before name
                    // the quotation just given, and the verb goes on to more of the speaker's words.
                    resumes = RefersToQuotation(a, p) && (t[after] == ':' || IsWord(after, lineEnd, "و") || IsWord(after, lineEnd, "که"));
                    if (!resumes)
                    {
                        return -1;
                    }
                }

                var mention = MentionParser.Parse(t, a, p);
                int mi = AddMention(mention, form.Flags, -1);
                int s = MentionParser.SkipSpace(t, open + 1, close);
                Quotes.Add(new RawQuote
                {
                    Kind = QuoteKind.Direct, Start = s, End = TrimContentEnd(s, close), CueStart = p, CueEnd = ce, CueFlags = form.Flags,
                    Mention = mention, MentionIndex = mi, Rule = "direct.quote-first",
                });
                if (second >= 0)
                {
                    int close2 = FindCloseInParagraph(second, lineEnd);
                    int s2 = MentionParser.SkipSpace(t, second + 1, close2);
                    Quotes.Add(new RawQuote
                    {
                        Kind = QuoteKind.Direct, Start = s2, End = TrimContentEnd(s2, close2), CueStart = p, CueEnd = ce, CueFlags = form.Flags,
                        Mention = mention, MentionIndex = mi, Rule = "direct.quote-first",
                    });
                    return close2 + 1;
                }

                if (closePara > _pi)
                {
                    _pi = closePara;
                }

                // After a verb that goes on, the sentence is read again from its subject for what follows.
                return resumes && closePara == _pi ? a : after;
            }

            p = MentionParser.WordEnd(t, p, lineEnd) - 1;
        }

        // A paragraph that is wholly a quotation, right after a quote that ran to the end of the previous paragraph,
        // continues that speaker's words.
        if (closePara == _pi && open == para.Start && TrimContentEnd(close + 1, end) <= close + 1 && _pi > 0 && Quotes.Count > 0)
        {
            var last = Quotes[^1];
            var prev = _paras[_pi - 1];
            if (last.End >= TrimContentEnd(prev.Start, prev.End) - 1 && last.End <= prev.End && CountWords(open, close) >= 6)
            {
                int s = MentionParser.SkipSpace(t, open + 1, close);
                Quotes.Add(new RawQuote
                {
                    Kind = QuoteKind.Direct, Start = s, End = TrimContentEnd(s, close), CueStart = s, CueEnd = s, Mention = Mention.DroppedAt(s),
                    MentionIndex = last.MentionIndex, Rule = "direct.continuation",
                });
                return close + 1;
            }
        }

        return -1;
    }

    // Nouns of speech that name a quotation before its speaker: "این ادعای X است", "این سخن X بود".
    private static readonly string[] SpeechNounsBeforeSpeaker =
        ["ادعای", "سخن", "سخنان", "گفته", "گفته‌ی", "جمله", "جمله‌ی", "حرف", "حرف‌های", "توصیه", "توصیه‌ی", "هشدار", "پیام", "پاسخ", "جواب", "اظهارات", "عبارت", "شعار"];

    // After a quotation that opens a sentence, an attribution with no verb of saying, running to the sentence end:
    // a prepositional cue ("به گفته X", "به نوشته X") or "این" + a noun of speech + the speaker + a copula
    // ("این ادعای X است", "این سخن X بود"). The speaker is at most a few words and the sentence has no other verb.
    private bool NominalAttribution(int a, int lineEnd, out Mention mention, out int cueStart, out int cueEnd, out CueFlags flags, out int sentenceEnd)
    {
        string t = _t;
        mention = default;
        cueStart = cueEnd = sentenceEnd = -1;
        flags = 0;
        if (a < lineEnd && t[a] is '؛' or ';')
        {
            a = MentionParser.SkipSpace(t, a + 1, lineEnd);
        }

        if (a >= lineEnd || !PhraseTrie.IsWordChar(t[a]))
        {
            return false;
        }

        // The sentence ends within a few words, at a full stop or the line's end, with no comma or colon before it.
        int e = a;
        int words = 0;
        while (e < lineEnd && !IsTerminator(t[e]) && t[e] is not ('،' or ',' or ':' or '؛' or ';' or '«' or '"' or '“'))
        {
            if (PhraseTrie.IsWordChar(t[e]) && (e == a || !PhraseTrie.IsWordChar(t[e - 1])) && ++words > 10)
            {
                return false;
            }

            e++;
        }

        if (e < lineEnd && !IsTerminator(t[e]))
        {
            return false;
        }

        int contentEnd = MentionParser.TrimEndSpace(t, a, e);
        if (_cues.TryMatch(t, a, contentEnd, out var form, out int ce) && (form.Flags & CueFlags.Prepositional) != 0)
        {
            int ms = MentionParser.SkipSpace(t, ce, contentEnd);
            if (ms >= contentEnd || HasVerbCue(ms, contentEnd))
            {
                return false;
            }

            mention = MentionParser.Parse(t, ms, contentEnd);
            (cueStart, cueEnd, flags) = (a, ce, form.Flags);
            if (!OnlyPlaceAfter(mention.End, contentEnd))
            {
                return false;
            }
        }
        else if (IsWord(a, contentEnd, "این"))
        {
            int n = MentionParser.SkipSpace(t, a + 3, contentEnd);
            int ne = MentionParser.WordEnd(t, n, contentEnd);
            if (n >= contentEnd || !IsOneOf(t.AsSpan(n, ne - n), SpeechNounsBeforeSpeaker))
            {
                return false;
            }

            // The copula closes the sentence: "... است", "... بود".
            var (cw, cwe) = WordBefore(contentEnd);
            if (!(IsWord(cw, cwe, "است") || IsWord(cw, cwe, "بود")) || cwe != contentEnd)
            {
                return false;
            }

            int ms = MentionParser.SkipSpace(t, ne, cw);
            int me = MentionParser.TrimEndSpace(t, ms, cw);
            if (me <= ms || HasVerbCue(ms, me))
            {
                return false;
            }

            mention = MentionParser.Parse(t, ms, me);
            (cueStart, cueEnd, flags) = (a, ne, CueFlags.Verb);
            if (!OnlyPlaceAfter(mention.End, me))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (mention.Kind is MentionKind.Dropped || mention.End <= mention.Start)
        {
            return false;
        }

        sentenceEnd = e;
        return true;

        static bool IsOneOf(ReadOnlySpan<char> w, string[] list)
        {
            foreach (string x in list)
            {
                if (w.SequenceEqual(x))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // After the speaker, nothing or a phrase with a preposition ("در وزارت صمت", "به مردم"), never more of a clause
    // ("به گفته داوران بهترین اثر امسال است": the quotation was a title the sentence goes on about).
    private bool OnlyPlaceAfter(int p, int end)
    {
        p = MentionParser.SkipSpace(_t, p, end);
        if (p >= end)
        {
            return true;
        }

        if (!(IsWord(p, end, "در") || IsWord(p, end, "از") || IsWord(p, end, "به") || IsWord(p, end, "با") || IsWord(p, end, "برای")))
        {
            return false;
        }

        for (; p < end; p = MentionParser.SkipSpace(_t, Math.Max(p + 1, MentionParser.WordEnd(_t, p, end)), end))
        {
            if (IsWord(p, end, "است") || IsWord(p, end, "بود") || IsWord(p, end, "هست") || IsWord(p, end, "شد"))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasVerbCue(int start, int end)
    {
        string t = _t;
        for (int p = start; p < end; p = MentionParser.SkipSpace(t, Math.Max(p + 1, MentionParser.WordEnd(t, p, end)), end))
        {
            if (_cues.TryMatch(t, p, end, out var form, out _) && (form.Flags & CueFlags.Verb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] QuotationNouns = ["مطلب", "مطالب", "سخن", "سخنان", "جمله", "جملات", "نکته", "خبر", "اظهارات", "حرف", "حرف‌ها"];

    // "با بیان این مطلب", "با اعلام این خبر", "این را", "این سخنان را": a demonstrative that points back to the
    // quotation, within the words between it and the verb.
    private bool RefersToQuotation(int start, int end)
    {
        string t = _t;
        for (int p = start; p < end; p = MentionParser.SkipSpace(t, MentionParser.WordEnd(t, p, end), end))
        {
            if (!PhraseTrie.IsWordChar(t[p]))
            {
                p++;
                continue;
            }

            if (!IsWord(p, end, "این"))
            {
                continue;
            }

            int n = MentionParser.SkipSpace(t, p + 3, end);
            if (IsWord(n, end, "را"))
            {
                return true;
            }

            foreach (string noun in QuotationNouns)
            {
                if (IsWord(n, end, noun))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "به گزارش مهر، «...» این را X گفت": the agency's attribution and its comma open the sentence before the quotation.
    private bool AfterOutletAttribution(int sent, int open)
    {
        string t = _t;
        int p = MentionParser.SkipSpace(t, sent, open);
        if (!QuoteWords.OutletAttribution.TryMatch(t, p, open, out _, out int oa))
        {
            return false;
        }

        int before = MentionParser.TrimEndSpace(t, oa, open);
        return before > oa && t[before - 1] is '،' or ',' && t.AsSpan(oa, before - 1 - oa).IndexOfAny('،', ',') < 0;
    }

    /// <summary>
    /// After a quotation, "این را" / "این سخنان را" (the words just quoted, as the object) before the subject:
    /// "«...» این را وزیر دفاع گفت." — returns where the subject starts, or <paramref name="a"/>.
    /// </summary>
    private int SkipResumingObject(int a, int end)
    {
        string t = _t;
        int b = a < end && t[a] == '؛' ? MentionParser.SkipSpace(t, a + 1, end) : a;
        if (!IsWord(b, end, "این") && !IsWord(b, end, "اینها") && !IsWord(b, end, "این‌ها"))
        {
            return a;
        }

        int p = MentionParser.WordEnd(t, b, end);
        for (int w = 0; w < 3 && p < end; w++)
        {
            p = MentionParser.SkipSpace(t, p, end);
            if (IsWord(p, end, "را"))
            {
                return MentionParser.SkipSpace(t, p + 2, end);
            }

            if (p >= end || !PhraseTrie.IsWordChar(t[p]))
            {
                break;
            }

            p = MentionParser.WordEnd(t, p, end);
        }

        return a;
    }

    private void CloseOpen(int at)
    {
        if (_open is not { } q)
        {
            return;
        }

        _open = null;
        q.End = TrimContentEnd(q.Start, Math.Max(q.Start, at));
        if (q.End > q.Start)
        {
            Quotes.Add(q);
        }
    }

    // ---------------------------------------------------------------- text helpers

    private int SentenceEnd(int start, int end)
    {
        string t = _t;
        int guillemets = 0, curly = 0;
        bool straight = false;
        for (int i = start; i < end; i++)
        {
            // Only the marks below change anything: the letters between them are passed over sixteen at a time.
            int mark = MarkSearch.IndexOfAny(t.AsSpan(i, end - i), MarkSearch.SentenceMarks);
            if (mark < 0)
            {
                break;
            }

            i += mark;
            char c = t[i];
            switch (c)
            {
                case '«':
                    guillemets++;
                    break;
                case '»':
                    guillemets = Math.Max(0, guillemets - 1);
                    break;
                case '“':
                    curly++;
                    break;
                case '”':
                    curly = Math.Max(0, curly - 1);
                    break;
                case '"':
                    straight = !straight;
                    break;
                case '.' or '!' or '?' or '؟':
                    bool inside = guillemets > 0 || curly > 0 || straight;
                    if (!inside)
                    {
                        if (c != '.' || IsSentenceDot(i, end))
                        {
                            return i;
                        }
                    }
                    else
                    {
                        // A partial quotation that closes the sentence: "... «... است.»" ends before ".»".
                        int j = i + 1;
                        while (j < end && t[j] is '.' or '!' or '؟' or '?')
                        {
                            j++;
                        }

                        if (j < end && t[j] is '»' or '”' or '"')
                        {
                            int k = MentionParser.SkipSpace(t, j + 1, end);
                            if (k >= end || IsTerminator(t[k]) || PhraseTrie.IsWordChar(t[k]) && !IsLowerContinuation(k, end))
                            {
                                return i;
                            }
                        }
                    }

                    break;
            }
        }

        return end;
    }

    // After ".»" a new sentence starts unless the text goes on with a connective ("و", "،").
    private bool IsLowerContinuation(int k, int end) => IsWord(k, end, "و") || IsWord(k, end, "که");

    private bool IsSentenceDot(int i, int end)
    {
        if (i + 1 < end && i > 0 && IsAsciiAlnum(_t[i + 1]) && IsAsciiAlnum(_t[i - 1]))
        {
            // A web address or an abbreviation in Latin letters ("omreh.haj.ir").
            return false;
        }

        // "۵۴. ۴" and "۳.۵": a dot between digits is a decimal point.
        string t = _t;
        if (i > 0 && PersianLetters.IsDigit(t[i - 1]))
        {
            int k = i + 1;
            if (k < end && t[k] == ' ')
            {
                k++;
            }

            if (k < end && PersianLetters.IsDigit(t[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiAlnum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private bool EndsWithEllipsis(Line para)
    {
        int e = MentionParser.TrimEndSpace(_t, para.Start, para.End);
        return e > para.Start && (_t[e - 1] == '…' || (e - 3 >= para.Start && _t[e - 1] == '.' && _t[e - 2] == '.' && _t[e - 3] == '.'));
    }

    private int FindClose(int open, Line para, out int closePara)
    {
        closePara = _pi;
        int close = FindCloseInParagraph(open, para.End);
        if (close >= 0 || _t[open] == '"')
        {
            return close;
        }

        if (_crossFailedPara == _pi || EndsWithEllipsis(para))
        {
            // "گفت: «قیمت‌ها ثابت می‌ماند، مگر اینکه ..." ending its paragraph: the quotation was cut off there, not
            // continued in the next paragraph.
            return -1;
        }

        // Across paragraphs: continued paragraphs may open with the same mark again (Persian convention), which does not
        // nest; the quote ends where the depth returns to zero. Bounded, so hostile text stays linear.
        char o = _t[open], c = Closing(o);
        int depth = 0;
        for (int i = open; i < para.End; i++)
        {
            if (_t[i] == o)
            {
                depth++;
            }
            else if (_t[i] == c)
            {
                depth--;
            }
        }

        for (int k = _pi + 1; k < _paras.Length && k <= _pi + MaxContinuationParagraphs; k++)
        {
            var p = _paras[k];
            int i = p.Start;
            if (_t[i] == o && depth == 1)
            {
                i++;
            }
            else if (HasColonCueBeforeClose(p, c))
            {
                // Someone else is introduced with "X گفت:" before any closing mark: the quote did not go on here.
                break;
            }

            for (; i < p.End; i++)
            {
                if (_t[i] == o)
                {
                    depth++;
                }
                else if (_t[i] == c && --depth == 0)
                {
                    closePara = k;
                    return i;
                }
            }
        }

        _crossFailedPara = _pi;
        return -1;
    }

    private bool HasColonCueBeforeClose(Line p, char close)
    {
        string t = _t;
        for (int i = p.Start; i < p.End; i++)
        {
            char x = t[i];
            if (x == close)
            {
                return false;
            }

            if (!PhraseTrie.IsWordChar(x) || (i > 0 && PhraseTrie.IsWordChar(t[i - 1])))
            {
                continue;
            }

            _budget--;
            if (_cues.TryMatch(t, i, p.End, out var form, out int ce) && (form.Flags & CueFlags.Verb) != 0)
            {
                int a = MentionParser.SkipSpace(t, ce, p.End);
                if (a < p.End && t[a] == ':')
                {
                    return true;
                }

                i = ce - 1;
            }
        }

        return false;
    }

    private int FindCloseInParagraph(int open, int end)
    {
        char o = _t[open];
        char c = Closing(o);

        // Searches for closing marks share a budget per paragraph, far above what real text needs: hostile text such as
        // 100,000 "«" stays linear, and every mark beyond the budget is taken as unclosed.
        if (_budgetEnd != end)
        {
            _budgetEnd = end;
            _budget = 200_000 + (8L * (end - open));
        }

        if (_budget <= 0)
        {
            return -1;
        }

        int depth = 0;
        for (int i = open + 1; i < end; i++)
        {
            _budget--;
            char x = _t[i];
            if (x == c && o != c)
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (x == o)
            {
                if (o == c)
                {
                    return i;
                }

                depth++;
            }
        }

        return -1;
    }

    private int _clauseKeyStart = -1;
    private int _clauseKeyEnd = -1;
    private int _clauseStart;
    private int _subjectKeyStart = -1;

    // The main verb found after the last adverbial clause ("با اشاره به اینکه ...، گفت") and that clause's subject.
    private int _adverbialMain = -1;
    private Mention _adverbialMention;

    // The last subject written before a reporting verb in the paragraph that starts at _subjectPara.
    private int _subjectPara = -1;
    private Mention _paraSubject;
    private int _subjectKeyEnd = -1;
    private Mention _subject;
    private int _budgetEnd = -1;
    private long _budget;
    private int _crossFailedPara = -1;

    private static char Closing(char open) => open switch
    {
        '«' => '»',
        '“' => '”',
        _ => '"',
    };

    public static bool IsOpenMark(char c) => c is '«' or '“' or '"';

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟';

    private bool NextIsOpenMark(int p, int end)
    {
        p = MentionParser.SkipSpace(_t, p, end);
        return p < end && IsOpenMark(_t[p]);
    }

    private int TrimContentEnd(int start, int end)
    {
        string t = _t;
        while (end > start && (char.IsWhiteSpace(t[end - 1]) || PhraseTrie.IsJointChar(t[end - 1]) || t[end - 1] is '.' or '،' or ',' or ':' or '؛' or ';' or '-' or '–'))
        {
            end--;
        }

        return end;
    }

    private int CountWords(int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            if (PhraseTrie.IsWordChar(_t[i]) && (i == 0 || !PhraseTrie.IsWordChar(_t[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    private bool IsWord(int p, int end, string word)
    {
        if (p + word.Length > end || !_t.AsSpan(p, word.Length).SequenceEqual(word))
        {
            return false;
        }

        int e = p + word.Length;
        return e >= end || !PhraseTrie.IsWordChar(_t[e]) || (_t[e] == PersianLetters.Zwnj && (e + 1 >= end || !PhraseTrie.IsWordChar(_t[e + 1])));
    }

    private bool PrecededBy(PhraseTrie words, int cs, int sent)
    {
        // The word right before the cue.
        int e = MentionParser.TrimEndSpace(_t, sent, cs);
        int s = e;
        while (s > sent && PhraseTrie.IsWordChar(_t[s - 1]))
        {
            s--;
        }

        if (s >= e)
        {
            return false;
        }

        // Two-word modals ("می توان"): try the word before too.
        int s2 = MentionParser.TrimEndSpace(_t, sent, s);
        int w2 = s2;
        while (w2 > sent && PhraseTrie.IsWordChar(_t[w2 - 1]))
        {
            w2--;
        }

        return (words.TryMatch(_t, s, e, out _, out int me) && me == e) || (w2 < s2 && words.TryMatch(_t, w2, e, out _, out int me2) && me2 == e);
    }

    private bool PrecededByComma(int sent, int cs)
    {
        int e = MentionParser.TrimEndSpace(_t, sent, cs);
        return e > sent && _t[e - 1] is '،' or ',';
    }

    private bool ContainsOutletAttribution(int sent, int cs)
    {
        for (int p = sent; p < cs; p++)
        {
            if ((p == 0 || !PhraseTrie.IsWordChar(_t[p - 1])) && QuoteWords.OutletAttribution.TryMatch(_t, p, cs, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The subject, the relative-clause and the object tests of one verb all read the clause it opens: it is found once.
    private int ClauseStartOf(int sent, int cs)
    {
        if (_clauseKeyStart != sent || _clauseKeyEnd != cs)
        {
            _clauseKeyStart = sent;
            _clauseKeyEnd = cs;
            _clauseStart = MentionParser.ClauseStart(_t, sent, cs);
        }

        return _clauseStart;
    }

    // The subject of the verb at cs in the sentence from sent (ParseClause from its clause start). The sentence-start
    // rule parses the subject up to the cue that ends it, and that cue's handler asks again for the same one.
    private Mention SubjectOf(int sent, int cs)
    {
        int clauseStart = ClauseStartOf(sent, cs);
        if (_subjectKeyStart != clauseStart || _subjectKeyEnd != cs)
        {
            _subjectKeyStart = clauseStart;
            _subjectKeyEnd = cs;
            _subject = MentionParser.ParseClause(_t, clauseStart, cs);
        }

        return _subject;
    }

    // A relative clause or an object closed by a comma ("X که ... خوانده بود، از Y خواسته بود ...") is behind us.
    private int AfterLastComma(int start, int cs)
    {
        int comma = LastCommaBefore(start, cs);
        return comma >= 0 ? comma + 1 : start;
    }

    // "آنچه او گفت ..." / "سخنانی که او گفت ...": the verb is inside a relative clause, not the sentence's report.
    private bool IsRelativeClause(int sent, int cs) => ClauseHasWord(sent, cs, "که", "آنچه", "چه") && !AfterAnonymityClause(sent, cs);

    // "یک دیپلمات که نخواست نامش فاش شود به رویترز گفت ...": the news formula for an unnamed source is a relative clause
    // complete before the verb (its own verb شود/نشود ends it), so the cue is the main clause's, not the relative's.
    private bool AfterAnonymityClause(int sent, int cs)
    {
        var clause = _t.AsSpan(0, cs)[ClauseStartOf(sent, cs)..];
        int name = clause.LastIndexOf("نامش");
        if (name < 0 || clause[..name].LastIndexOf("که") < 0)
        {
            return false;
        }

        // Within three words after "نامش": "فاش شود"، "فاش نشود"، "برده شود"، "فاش نشد".
        var rest = clause[(name + "نامش".Length)..];
        int words = 0;
        for (int i = 0; i < rest.Length && words < 4; i++)
        {
            if (rest[i] != ' ')
            {
                continue;
            }

            words++;
            var word = rest[(i + 1)..];
            int end = word.IndexOf(' ');
            word = end < 0 ? word : word[..end];
            if (word is "شود" or "نشود" or "شد" or "نشد")
            {
                return true;
            }
        }

        return false;
    }

    // "X را Y اعلام کرد ..." has an object: the verb reports a judgment, not a clause. A cue coordinated after another
    // verb ("این اظهارات را تکراری خواند و گفت ...") has none of its own: the object is the first verb's.
    private bool IsObjectClause(int sent, int cs)
        => WordBefore(cs) is var (w, e) && !(e - w == 1 && _t[w] == 'و') && ClauseHasWord(sent, cs, "را");

    // Whether one of the words stands in the clause of the verb at cs (after its last comma).
    private bool ClauseHasWord(int sent, int cs, string word, string? other = null, string? third = null)
    {
        for (int p = AfterLastComma(ClauseStartOf(sent, cs), cs); p < cs; p++)
        {
            if ((p == 0 || !PhraseTrie.IsWordChar(_t[p - 1]))
                && (IsWord(p, cs, word) || (other is not null && IsWord(p, cs, other)) || (third is not null && IsWord(p, cs, third))))
            {
                return true;
            }
        }

        return false;
    }
}
