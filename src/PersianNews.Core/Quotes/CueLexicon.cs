namespace PersianNews.Core;

/// <summary>What a cue is and what it requires around it.</summary>
[Flags]
internal enum CueFlags
{
    None = 0,

    /// <summary>A reporting verb ("گفت", "تصریح کرد").</summary>
    Verb = 1,

    /// <summary>Only a clause with "که" (or a colon) makes it speech: "خبر داد که ...", never "از ... خبر داد".</summary>
    NeedsKe = 2,

    /// <summary>A request or a promise: the clause may also open with "تا" ("خواست تا ...").</summary>
    Request = 4,

    /// <summary>A bare participle ("گفته", "اعلام کرده"): speech only before که, a colon or a comma.</summary>
    Participle = 8,

    /// <summary>A document's words ("در این بیانیه آمده است: ...").</summary>
    Document = 16,

    /// <summary>Prepositional attribution before its clause: "به گفته X، CLAUSE".</summary>
    Prepositional = 32,

    /// <summary>Adverbial clause before the main verb: "با بیان اینکه CLAUSE، افزود: ...".</summary>
    Adverbial = 64,

    /// <summary>The verb is negated ("نگفت", "اعلام نکرد").</summary>
    Negated = 128,

    /// <summary>Third person plural ("گفتند", "می‌گویند").</summary>
    Plural = 256,

    /// <summary>First or second person ("گفتم"): the speaker is the writer or the one addressed.</summary>
    NotThirdPerson = 512,

    /// <summary>Speech only before a colon or a semicolon ("به شرح زیر است:").</summary>
    ColonOnly = 1024,

    /// <summary>A state of belief ("معتقد است"): speech only with a following clause.</summary>
    Belief = 2048,

    /// <summary>
    /// The future ("خواهد گفت", "اعلام خواهند کرد"): words not said yet, so a clause after it is no report; only a
    /// colon presents words as they will be said (prepared remarks released in advance).
    /// </summary>
    Future = 4096,
}

/// <summary>One form of a cue.</summary>
/// <param name="Lemma">The third person past form it was derived from ("گفت", "تصریح کرد").</param>
/// <param name="Flags">What it is and what it requires.</param>
internal readonly record struct CueForm(string Lemma, CueFlags Flags);

/// <summary>
/// The reporting verbs and phrases that attribute speech, generated in every tense and person with light-verb swaps
/// and negation, and matched in one pass through a <see cref="PhraseTrie"/> that ignores half-space, letter-variant
/// and diacritic differences.
/// </summary>
internal sealed class CueLexicon
{
    // Past stem → present stem; a verb whose present stem is unknown still gets its past and perfect forms.
    private static readonly Dictionary<string, string> PresentStems = new(StringComparer.Ordinal)
    {
        ["گفت"] = "گوی", ["افزود"] = "افزای", ["نوشت"] = "نویس", ["پرسید"] = "پرس", ["خواست"] = "خواه",
        ["کرد"] = "کن", ["نمود"] = "نمای", ["داشت"] = "دار", ["ساخت"] = "ساز", ["شد"] = "شو", ["داد"] = "ده",
        ["زد"] = "زن", ["آورد"] = "آور", ["گرفت"] = "گیر", ["کشید"] = "کش", ["خواند"] = "خوان", ["افزایید"] = "افزای", ["فرمود"] = "فرمای",
    };

    private static readonly (string Lemma, CueFlags Flags)[] BuiltInVerbs =
    [
        ("گفت", CueFlags.None), ("افزود", CueFlags.None), ("اضافه کرد", CueFlags.None), ("تصریح کرد", CueFlags.None),
        ("تأکید کرد", CueFlags.None), ("تأکید داشت", CueFlags.None), ("اظهار داشت", CueFlags.None), ("اظهار کرد", CueFlags.None),
        ("فرمود", CueFlags.None), ("دستور فرمود", CueFlags.Request), ("عنوان کرد", CueFlags.None), ("عنوان داشت", CueFlags.None), ("تصریح داشت", CueFlags.None), ("بیان کرد", CueFlags.None), ("بیان داشت", CueFlags.None),
        ("خاطرنشان کرد", CueFlags.None), ("خاطرنشان ساخت", CueFlags.None), ("خاطر نشان کرد", CueFlags.None),
        ("خاطر نشان ساخت", CueFlags.None), ("یادآور شد", CueFlags.None), ("یادآوری کرد", CueFlags.None),
        ("متذکر شد", CueFlags.None), ("ادامه داد", CueFlags.None), ("توضیح داد", CueFlags.None), ("اعلام کرد", CueFlags.None),
        ("اعلام داشت", CueFlags.None), ("نوشت", CueFlags.None), ("پرسید", CueFlags.None), ("پاسخ داد", CueFlags.None),
        ("هشدار داد", CueFlags.None), ("اذعان کرد", CueFlags.None), ("اذعان داشت", CueFlags.None), ("مدعی شد", CueFlags.None),
        ("ادعا کرد", CueFlags.None), ("اطمینان داد", CueFlags.None), ("وعده داد", CueFlags.Request), ("قول داد", CueFlags.Request),
        ("خواست", CueFlags.Request), ("پیشنهاد کرد", CueFlags.Request), ("پیشنهاد داد", CueFlags.Request),
        ("توصیه کرد", CueFlags.Request), ("اصرار کرد", CueFlags.Request), ("اصرار داشت", CueFlags.Request),
        ("درخواست کرد", CueFlags.Request), ("نصیحت کرد", CueFlags.Request), ("نصحیت کرد", CueFlags.Request),
        ("گزارش داد", CueFlags.None), ("تکرار کرد", CueFlags.None), ("تشریح کرد", CueFlags.None), ("اعتراف کرد", CueFlags.None),
        ("ابراز امیدواری کرد", CueFlags.None), ("اظهار امیدواری کرد", CueFlags.None), ("ابراز داشت", CueFlags.None),
        ("نتیجه گرفت", CueFlags.None), ("نتیجه گیری کرد", CueFlags.None), ("گوشزد کرد", CueFlags.None), ("اعلام نمود", CueFlags.None),
        ("شعار داد", CueFlags.None), ("فریاد زد", CueFlags.None), ("پاسخ گفت", CueFlags.ColonOnly), ("آورد", CueFlags.ColonOnly),
        ("خبر داد", CueFlags.NeedsKe), ("اشاره کرد", CueFlags.NeedsKe), ("متهم کرد", CueFlags.NeedsKe), ("تأیید کرد", CueFlags.NeedsKe),
        ("ابراز نگرانی کرد", CueFlags.NeedsKe), ("یادآوری نمود", CueFlags.None), ("هشدار داده", CueFlags.None),

        // Speech acts that report a clause only with "که" (or a colon): "فاش کرد که ...", never "راز را فاش کرد";
        // "خواستار شد که ..." asks, "خواستار توقف جنگ شد" names what is asked for (no clause, no quote).
        ("فاش کرد", CueFlags.NeedsKe), ("افشا کرد", CueFlags.NeedsKe), ("پیش‌بینی کرد", CueFlags.NeedsKe),
        ("تهدید کرد", CueFlags.NeedsKe), ("استدلال کرد", CueFlags.NeedsKe), ("گلایه کرد", CueFlags.NeedsKe),
        ("خواستار شد", CueFlags.Request | CueFlags.NeedsKe),

        // Dari (Afghan) news writing: "علاوه کرد" for "افزود", "تصدیق کرد" for "تأیید کرد".
        ("علاوه کرد", CueFlags.None), ("تصدیق کرد", CueFlags.NeedsKe),
    ];

    private static readonly string[] Beliefs =
    [
        "معتقد است", "معتقد بود", "معتقدند", "معتقد هستند", "معتقد بودند", "معتقد است که", "مدعی است", "مدعی هستند",
        "مدعی بود", "مدعی اند", "مدعی بودند", "بر این باور است", "بر این باورند", "باور دارد", "عقیده دارد", "اعتقاد دارد",
    ];

    private static readonly string[] Prepositions =
    [
        "به گفته", "به گفته‌ی", "طبق گفته", "طبق گفته‌های", "بنا به گفته", "بنابر گفته", "به نقل از", "از نظر", "به اعتقاد",
        "به عقیده", "به باور", "به نوشته", "به اذعان", "بنابر اذعان", "بنا بر اذعان", "بنا به اذعان", "بر اساس اعلام",
        "براساس اعلام", "بنا به اعلام", "بنابر اعلام", "به تعبیر", "طبق اظهارات", "بنا به اظهارات", "به زعم",
        "به ادعای", "بنا به ادعای", "طبق اعلام", "از نگاه", "از دید", "از منظر", "به نظر",
    ];

    private static readonly string[] AdverbialHeads = ["با", "ضمن"];

    private static readonly string[] AdverbialNouns =
    [
        "بیان", "اشاره به", "تأکید بر", "تاکید به", "یادآوری", "اعلام", "ابراز", "تصریح", "اظهار", "بیان این مطلب",
    ];

    private static readonly string[] Complementizers = ["اینکه", "آنکه", "این مطلب که", "این نکته که"];

    // A document speaks through "آمده است" and through the passive of a reporting verb (DocumentPassiveVerbs below); both
    // need the document phrase before them.
    private static readonly string[] Documents = ["آمده است", "آمده", "آمده بود", "آمده‌است", "به شرح زیر است", "چنین آمده است"];

    // Reporting verbs in the passive after a document ("در بیانیه X اعلام شده است که ...", "در این گزارش تأکید شده
    // است: ..."): the document speaks, as with "آمده است". Only after "در" + a document noun; the passive alone ("در این
    // جلسه اعلام شد، ...") has no speaker.
    private static readonly string[] DocumentPassiveVerbs =
    [
        "اعلام", "ذکر", "تصریح", "عنوان", "بیان", "خاطرنشان", "خاطر نشان", "یادآوری", "یادآور", "گفته", "نوشته", "تشریح", "قید",
        "توضیح داده", "هشدار داده", "تأکید", "اشاره",
    ];

    private static readonly string[] PassiveAuxiliaries = ["شده است", "شده", "شد", "شده بود", "گردیده است", "گردیده", "گردید"];

    /// <summary>The lemma of the passive document cues (<see cref="DocumentPassiveVerbs"/>).</summary>
    public const string DocumentPassiveLemma = "اعلام شده است";

    private readonly List<CueForm> _forms = [];
    private readonly PhraseTrie _trie = new();

    private CueLexicon()
    {
    }

    /// <summary>The lemmas (third person past forms) the lexicon was built from.</summary>
    public IReadOnlyList<string> Lemmas { get; private set; } = [];

    /// <summary>How many surface forms were generated.</summary>
    public int FormCount => _forms.Count;

    /// <summary>Builds the lexicon from the built-in cues and <paramref name="additional"/> third person past forms.</summary>
    public static CueLexicon Create(IReadOnlyList<string> additional)
    {
        var lex = new CueLexicon();
        var lemmas = new List<string>();
        foreach (var (lemma, flags) in BuiltInVerbs)
        {
            lex.AddVerb(lemma, flags);
            lemmas.Add(lemma);
        }

        foreach (string raw in additional)
        {
            string lemma = raw.Trim();
            if (lemma.Length > 0)
            {
                lex.AddVerb(lemma, CueFlags.None);
                lemmas.Add(lemma);
            }
        }

        foreach (string b in Beliefs)
        {
            lex.Add(b, "معتقد است", CueFlags.Verb | CueFlags.Belief | (b.EndsWith("ند", StringComparison.Ordinal) || b.EndsWith("هستند", StringComparison.Ordinal) ? CueFlags.Plural : 0));
        }

        lemmas.Add("معتقد است");
        foreach (string p in Prepositions)
        {
            lex.Add(p, p, CueFlags.Prepositional);
            lemmas.Add(p);
        }

        foreach (string head in AdverbialHeads)
        {
            foreach (string noun in AdverbialNouns)
            {
                foreach (string comp in Complementizers)
                {
                    lex.Add(head + " " + noun + " " + comp, head + " " + noun + " اینکه", CueFlags.Adverbial);
                    lex.Add(head + " " + noun + " این که", head + " " + noun + " اینکه", CueFlags.Adverbial);
                    lex.Add(head + " " + noun + " آن که", head + " " + noun + " اینکه", CueFlags.Adverbial);
                }

                lex.Add(head + " " + noun + " براینکه", head + " " + noun + " اینکه", CueFlags.Adverbial);
            }
        }

        lemmas.Add("با بیان اینکه");
        foreach (string d in Documents)
        {
            lex.Add(d, "آمده است", CueFlags.Verb | CueFlags.Document | (d.Contains("شرح", StringComparison.Ordinal) ? CueFlags.ColonOnly : 0));
        }

        lemmas.Add("آمده است");
        foreach (string v in DocumentPassiveVerbs)
        {
            // "در این بیانیه بر همکاری تأکید شده است" names a topic; only a clause with "که" or a colon is its words.
            CueFlags needsKe = v is "تأکید" or "اشاره" ? CueFlags.NeedsKe : 0;
            foreach (string aux in PassiveAuxiliaries)
            {
                lex.Add(v + " " + aux, DocumentPassiveLemma, CueFlags.Verb | CueFlags.Document | needsKe);
            }
        }

        lemmas.Add(DocumentPassiveLemma);
        lex.Lemmas = lemmas.Distinct(StringComparer.Ordinal).ToArray();
        return lex;
    }

    /// <summary>Matches a cue starting at <paramref name="start"/> (a word start) and ending by <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, int start, int limit, out CueForm form, out int end)
    {
        if (_trie.TryMatch(text, start, limit, out int id, out end))
        {
            form = _forms[id];
            return true;
        }

        form = default;
        return false;
    }

    /// <summary>The first word start at or after <paramref name="from"/> where a cue ending by <paramref name="limit"/> matches, or -1.</summary>
    // Kept out of the scanner's main loop: inlined there, its character loops ran with their state spilled to the stack.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public int IndexOfCue(string text, int from, int limit, out CueForm form, out int end)
    {
        int at = _trie.IndexOfMatch(text, from, limit, out int id, out end);
        form = at >= 0 ? _forms[id] : default;
        return at;
    }

    /// <summary>Whether every cue is made of word characters, so a window ending at a non-word character decides a match.</summary>
    public bool WordsOnly => _trie.WordsOnly;

    private void Add(string surface, string lemma, CueFlags flags)
    {
        _forms.Add(new CueForm(lemma, flags));
        _trie.Add(surface, _forms.Count - 1);
    }

    private void AddVerb(string lemma, CueFlags flags)
    {
        int space = lemma.LastIndexOf(' ');
        string preverb = space < 0 ? string.Empty : lemma[..(space + 1)];
        string past = space < 0 ? lemma : lemma[(space + 1)..];
        AddVerbForms(lemma, preverb, past, flags | CueFlags.Verb);
        if (past == "کرد")
        {
            AddVerbForms(lemma, preverb, "نمود", flags | CueFlags.Verb);

            // The honorific light verb: "تأکید فرمودند", "بیان فرمودند".
            AddVerbForms(lemma, preverb, "فرمود", flags | CueFlags.Verb);
        }
        else if (past == "شد" && preverb.Length > 0)
        {
            // The formal light verb of agency copy: "یادآور گردید", "متذکر گردید".
            AddVerbForms(lemma, preverb, "گردید", flags | CueFlags.Verb);
        }
    }

    private void AddVerbForms(string lemma, string pre, string past, CueFlags flags)
    {
        // "می‌خواهد" means "wants", not "asks": a request is only reported in the past and perfect tenses.
        string? present = pre.Length == 0 && past == "خواست" ? null : PresentStems.GetValueOrDefault(past);
        if (present is null && past != "خواست" && past.EndsWith("ید", StringComparison.Ordinal) && past.Length > 3)
        {
            present = past[..^2];
        }

        string[] pastEndings = ["", "ند", "م", "یم", "ی", "ید"];
        string[] presentEndings = ["د", "ند", "م", "یم", "ی", "ید"];
        foreach (bool neg in new[] { false, true })
        {
            string n = neg ? "ن" : string.Empty;
            CueFlags f = flags | (neg ? CueFlags.Negated : 0);
            for (int i = 0; i < pastEndings.Length; i++)
            {
                CueFlags pf = f | Person(i);
                Add(pre + n + past + pastEndings[i], lemma, pf);
                Add(pre + n + "می " + past + pastEndings[i], lemma, pf);
                Add(pre + n + past + "ه بود" + pastEndings[i], lemma, pf);
                if (present is not null)
                {
                    Add(pre + n + "می " + present + presentEndings[i], lemma, pf);
                }
            }

            string[] perfect = ["است", "اند", "ام", "ایم", "ای", "اید"];
            for (int i = 0; i < perfect.Length; i++)
            {
                Add(pre + n + past + "ه " + perfect[i], lemma, f | Person(i));
            }

            Add(pre + n + past + "ه", lemma, f | CueFlags.Participle);
            Add(pre + n + "خواهد " + past, lemma, f | CueFlags.Future);
            Add(pre + n + "خواهند " + past, lemma, f | CueFlags.Future | CueFlags.Plural);
        }

        static CueFlags Person(int i) => i switch
        {
            0 => CueFlags.None,
            1 => CueFlags.Plural,
            _ => CueFlags.NotThirdPerson,
        };
    }
}
