namespace PersianNews.Core;

/// <summary>
/// Resolves speaker mentions to the people and groups of the article: a surname to the fullest name given
/// ("مکرون" → "امانوئل مکرون"), a pronoun or a dropped subject to the most recent fitting speaker, a role to the person
/// the article says holds it; groups and anonymous sources stay as written.
/// </summary>
internal static class SpeakerResolver
{
    private sealed class Entity
    {
        public required string Name { get; set; }

        public required string[] Words { get; set; }

        /// <summary>Where the name reads in the normalized text (searched when looking for a fuller form); -1 when the
        /// entity was named through its role only.</summary>
        public int NormalizedStart { get; set; } = -1;

        public int NormalizedEnd { get; set; } = -1;

        public string? Role { get; set; }

        public string[] RoleWords { get; set; } = [];

        public bool IsGroup { get; init; }

        /// <summary>A title with the indefinite article ("یک اقتصاددان").</summary>
        public bool Indefinite { get; init; }

        public bool RoleOnly { get; set; }

        /// <summary>The first title linked to a person named without one (see <see cref="DifferentOffices"/>).</summary>
        public string[] OfficeWords { get; set; } = [];

        /// <summary>A title held in relation to another person ("معاون او", "وکیل این فعال").</summary>
        public bool Relational { get; init; }

        /// <summary>An organisation ("وزارت بهداشت", "روزنامه همشهری"): it speaks, but "او" and a title never mean it.</summary>
        public bool IsOrganization { get; init; }

        /// <summary>One anonymous source ("یک مقام آگاه"): kept as written, but a single speaker later words refer to.</summary>
        public bool SingleSource { get; init; }

        /// <summary>Introduced with "نیز" or "هم" ("X نیز گفت"): a speaker besides the one before, not who a title
        /// named before described.</summary>
        public bool AddsSpeaker { get; init; }

        public Entity? MergedInto { get; set; }

        /// <summary>Named with a verb that goes on ("X، استاد دانشگاه، افزود"): the one an indefinite title before it
        /// ("یک اقتصاددان گفت") described, even with a title of its own.</summary>
        public bool IntroducedContinuing { get; set; }

        /// <summary>First named as the one asked by this entity ("X از Y پرسید"): never X's holder.</summary>
        public Entity? AskedBy { get; set; }

        public Entity Root => MergedInto?.Root ?? this;

        /// <summary>People named in a list ("علی لاریجانی و محمدباقر قالیباف"): one speaker for a plural verb, never
        /// the holder of a title nor the person a later title or pronoun describes.</summary>
        public bool IsList => !IsGroup && !RoleOnly && !IsOrganization && ListItems(Name) >= 2;
    }

    // The entity list and the per-mention tables are scratch: kept per thread (the list) or pooled (the tables).
    [ThreadStatic]
    private static List<Entity>? _cachedEntities;

    public static IReadOnlyList<AttributedQuote> Build(ParseContext ctx, List<RawQuote> raws, List<MentionEvent> mentions)
    {
        if (raws.Count == 0)
        {
            return [];
        }

        var entities = _cachedEntities ?? [];
        _cachedEntities = null;
        int n = Math.Max(1, mentions.Count);
        var entityOf = System.Buffers.ArrayPool<Entity?>.Shared.Rent(n);
        var ruleOf = System.Buffers.ArrayPool<string>.Shared.Rent(n);
        try
        {
            return Build(ctx, raws, mentions, entities, entityOf, ruleOf);
        }
        finally
        {
            Array.Clear(entityOf, 0, n);
            Array.Clear(ruleOf, 0, n);
            System.Buffers.ArrayPool<Entity?>.Shared.Return(entityOf);
            System.Buffers.ArrayPool<string>.Shared.Return(ruleOf);
            entities.Clear();
            if (entities.Capacity <= 4096)
            {
                _cachedEntities = entities;
            }
        }
    }

    // entityOf and ruleOf are at least mentions.Count long; every slot below it is written before it is read.
    private static List<AttributedQuote> Build(ParseContext ctx, List<RawQuote> raws, List<MentionEvent> mentions, List<Entity> entities,
        Entity?[] entityOf, string[] ruleOf)
    {
        string t = ctx.Normalized;
        long searchBudget = Math.Max(MinSearchBudget, (long)SearchBudgetPerChar * t.Length);
        Entity? last = null, lastSingle = null, lastPerson = null, lastHuman = null, addressee = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var ev = mentions[i];
            var m = ev.Mention;
            Entity? e = null;
            string rule;
            if (ev.Addressee)
            {
                // The one asked is known to the article, but only a pronoun right after the question means them. A
                // title alone ("از وزیر نیرو پرسید") is never the asker, whom it would otherwise describe.
                var asker = i > 0 ? entityOf[i - 1]?.Root : null;
                var recent = lastPerson;
                if (asker is not null && lastPerson?.Root == asker)
                {
                    lastPerson = null;
                }

                addressee = m.Kind == MentionKind.Role
                    ? ResolveRole(t, m, entities, false, false, null, out rule)
                    : ResolveName(t, m, entities, false, false, out rule);
                lastPerson = recent;
                if (addressee is not null && addressee != asker && addressee.AskedBy is null)
                {
                    addressee.AskedBy = asker;
                }

                entityOf[i] = addressee;
                ruleOf[i] = rule;
                continue;
            }

            var asked = addressee;
            addressee = null;
            switch (m.Kind)
            {
                case MentionKind.Name:
                    e = ResolveName(t, m, entities, ev.Publication, ev.Continues, out rule);
                    if (ev.DocumentStart >= 0 && m.End <= ev.DocumentStart)
                    {
                        // The issuer named before "در این بیانیه".
                        rule = "speaker.document";
                    }

                    break;
                case MentionKind.Role:
                    // The next speaker, not the one asked in "X از Y پرسید" (Y is no one speaking next).
                    e = ResolveRole(t, m, entities, ev.Plural, ev.Continues, i + 1 < mentions.Count && !mentions[i + 1].Addressee ? mentions[i + 1].Mention : null, out rule);
                    break;
                case MentionKind.Anaphor when ev.DocumentStart >= 0:
                    // "در این مقاله آمده است" with no issuer written or named before: the document as written.
                    e = new Entity { Name = Original(m.NameStart, m.NameEnd), Words = Words(t, m.NameStart, m.NameEnd), IsGroup = true };
                    rule = "speaker.document";
                    break;
                case MentionKind.Anaphor:
                    // "این مقام آمریکایی" after "یک مقام ارشد آمریکایی": the recent speaker described by the same noun;
                    // "این خبرگزاری", "این وزارتخانه" mean an organisation, never the person quoted before.
                    e = QuoteWords.OrganizationHeads.TryMatch(t, MentionParser.SkipSpace(t, m.RoleStart, m.RoleEnd), m.RoleEnd, out _, out _)
                        ? RecentOrganization(i) ?? new Entity { Name = Original(m.NameStart, m.NameEnd), Words = Words(t, m.NameStart, m.NameEnd), IsOrganization = true }
                        : SameHead(t, m, i) ?? lastSingle ?? last;
                    rule = "speaker.anaphor";
                    break;
                case MentionKind.Pronoun:
                    bool plural = IsPluralPronoun(t, m) || ev.Plural;

                    // "او", "وی", "ایشان" mean a person: an organisation named since is passed over; right after
                    // "X از Y پرسید", the one asked.
                    e = asked is not null && (!plural || asked.IsGroup || asked.IsList) ? asked
                        : plural ? last : lastHuman ?? lastSingle ?? last;
                    rule = "speaker.pronoun";
                    break;
                default:
                    e = ev.Plural ? last : lastSingle ?? last;
                    rule = "speaker.dropped";
                    break;
            }

            entityOf[i] = e;
            ruleOf[i] = rule;
            if (e is not null)
            {
                last = e;
                if ((!e.IsGroup || e.SingleSource) && !ev.Plural)
                {
                    lastSingle = e;
                    if (!e.IsOrganization)
                    {
                        lastHuman = e;
                    }

                    if (!e.RoleOnly && !e.IsGroup && !e.IsOrganization && !e.IsList)
                    {
                        lastPerson = e;
                    }
                }
            }
        }

        // A role named before its holder ("نامزد انتخابات ریاست جمهوری" ... "سعید جلیلی، نامزد ...") links afterwards.
        for (int k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.RoleOnly && e.MergedInto is null)
            {
                var holder = FindRoleHolder(e.RoleWords, entities, Math.Max(0, k - MaxEntityLookback), Math.Min(entities.Count, k + MaxEntityLookback + 1), e)
                             ?? NextPerson(entities, k);
                if (holder is not null)
                {
                    e.MergedInto = holder;
                    if (holder.Role is null && !e.Relational)
                    {
                        // "رئیس پلیس راهور گفت ... سردار X افزود": the title named first is the holder's role.
                        holder.Role = e.Role;
                        holder.RoleWords = e.RoleWords;
                    }
                }
            }
        }

        // The fullest name the article gives: a surname used alone gets the given name written with it elsewhere
        // ("پوتین" → "ولادیمیر پوتین", named in passing in another sentence).
        foreach (var e in entities)
        {
            if (!e.IsGroup && !e.RoleOnly && e.MergedInto is null && e.Words.Length == 1 && FullerNameInTextAnySpacing(t, e.NormalizedStart >= 0 ? t.AsSpan(e.NormalizedStart, e.NormalizedEnd - e.NormalizedStart) : e.Name, ref searchBudget) is var (fs, fe) && fe > fs)
            {
                e.Name = Original(fs, fe);
                e.Words = Words(t, fs, fe);
            }
            else if (!e.IsGroup && !e.RoleOnly && e.MergedInto is null && e.Words.Length == 2 && e.NormalizedStart >= 0
                     && t.AsSpan(e.NormalizedStart, e.NormalizedEnd - e.NormalizedStart).LastIndexOf(' ') is var sp && sp > 0
                     && FullerNameInText(t, t.AsSpan(e.NormalizedStart + sp + 1, e.NormalizedEnd - e.NormalizedStart - sp - 1), 0, t.Length, ref searchBudget) is var (gs, ge)
                     && ge - gs > e.NormalizedEnd - e.NormalizedStart && Words(t, gs, ge) is [var given, var surname]
                     && given.Length > e.Words[0].Length && given.EndsWith(e.Words[0], StringComparison.Ordinal) && surname == e.Words[1])
            {
                // A compound given name written short ("ناصر همتی" in a headline, "عبدالناصر همتی" in the body).
                e.Name = Original(gs, ge);
                e.Words = [given, surname];
            }
        }

        var quotes = new List<AttributedQuote>(raws.Count);
        if (!StrictlyIncreasing(raws))
        {
            // Found in text order as a rule; only a quote found after the one it precedes needs the (unstable) sort, and
            // skipping it when every start differs leaves the order any sort would give.
            raws.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
        foreach (var q in raws)
        {
            var content = ctx.ToOriginal(q.Start, q.End);
            if (content.Length == 0)
            {
                continue;
            }

            QuoteCue? cue = null;
            if (q.CueEnd > q.CueStart)
            {
                var cs = ctx.ToOriginal(q.CueStart, q.CueEnd);
                cue = new QuoteCue(ctx.OriginalText(cs), cs.Start, cs.Length, (q.CueFlags & CueFlags.Negated) != 0);
            }

            Speaker? speaker = null;
            string? speakerRule = null;
            int mi = q.MentionIndex;
            if (mi >= 0)
            {
                var m = mentions[mi].Mention;
                var entity = entityOf[mi]?.Root;
                var ms = m.End > m.Start ? ctx.ToOriginal(m.Start, m.End) : ctx.ToOriginal(q.CueStart, q.CueStart);
                string mentionText = ms.Length > 0 ? ctx.OriginalText(ms) : string.Empty;
                speakerRule = q.Rule == "direct.continuation" ? "speaker.continuation" : ruleOf[mi];
                if (entity is not null)
                {
                    speaker = new Speaker(mentionText, entity.Name, entity.Role, ms.Start, ms.Length);
                }
                else if (m.Kind is MentionKind.Name or MentionKind.Role or MentionKind.Anaphor && mentionText.Length > 0)
                {
                    // A description with nothing before it to point back to ("این مقام مسئول" opening a text) stays
                    // as written, like a group or an anonymous source.
                    speaker = new Speaker(mentionText, mentionText, null, ms.Start, ms.Length);
                }
                else
                {
                    speakerRule = "speaker.unresolved";
                    var cue0 = ctx.ToOriginal(q.CueStart, Math.Max(q.CueStart + 1, q.CueEnd));
                    ctx.Report(DiagnosticCode.UnresolvedSpeaker, DiagnosticSeverity.Info, q.CueStart, Math.Max(q.CueStart, q.CueEnd));
                    _ = cue0;
                }
            }

            if (q.Unclosed)
            {
                ctx.Report(DiagnosticCode.UnclosedQuote, DiagnosticSeverity.Warning, Math.Max(0, q.Start - 1), q.Start);
            }

            quotes.Add(new AttributedQuote(q.Kind, ctx.OriginalText(content), content.Start, content.Length, cue, speaker)
            {
                Rule = q.Rule,
                SpeakerRule = speakerRule,
            });
        }

        return quotes;

        // The most recent speaker (at most 24 mentions back) whose name or role has the anaphor's head noun.
        Entity? RecentOrganization(int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 24; k--)
            {
                if (entityOf[k]?.Root is { IsOrganization: true } e)
                {
                    return e;
                }
            }

            return null;
        }

        Entity? SameHead(string text, Mention m, int i)
        {
            int hs = MentionParser.SkipSpace(text, m.RoleStart, m.RoleEnd);
            int he = MentionParser.WordEnd(text, hs, m.RoleEnd);
            if (he <= hs)
            {
                return null;
            }

            string[] head = Words(text, hs, he);
            if (head.Length != 1)
            {
                return null;
            }

            for (int k = i - 1; k >= 0 && k >= i - 24; k--)
            {
                var e = entityOf[k]?.Root;
                if (e is not null && !e.RoleOnly && (HasWord(e.Words, head[0]) || HasWord(e.RoleWords, head[0])))
                {
                    return e;
                }
            }

            return null;
        }

        string Original(int start, int end)
        {
            var span = ctx.ToOriginal(start, end);
            return ctx.NameText(span);
        }

        Entity? ResolveName(string text, Mention m, List<Entity> list, bool publication, bool continues, out string rule)
        {
            if (!m.HasRole && m.NameStart > m.Start && OfficeHonorific(text, m.Start, m.NameStart) is var (os, oe) && oe > os)
            {
                // "قاضی مسعودی" is a judge named with the title, as "سناتور X" is a senator: a later "قاضی" alone is them.
                m = m with { RoleStart = os, RoleEnd = oe };
            }

            // The mention's words are compared in a scratch buffer; strings are made only for a new or fuller name.
            var words = WordBuffer.Instance.Fill(text, m.NameStart, m.NameEnd);
            bool hasRole = m.HasRole;
            bool group = QuoteWords.GroupHeads.TryMatch(text, m.NameStart, m.NameEnd, out _, out _)
                || QuoteWords.PeoplePlurals.TryMatch(text, m.NameStart, m.NameEnd, out _, out _);
            rule = m.HasRole ? (m.RoleStart < m.NameStart ? "speaker.title" : "speaker.apposition") : "speaker.subject";
            if (words.Count == 0)
            {
                return null;
            }

            // "سه کشور یاد شده", "هر سه کشور": a counted group after a list of that many names is that list.
            int count = CountWord(words);
            if (count >= 2)
            {
                for (int k = list.Count - 1; k >= 0 && k >= list.Count - 8; k--)
                {
                    var e = list[k].Root;
                    if (!e.IsGroup && !e.RoleOnly && ListItems(e.Name) == count)
                    {
                        rule = "speaker.anaphor";
                        return e;
                    }
                }
            }

            int oldest = Math.Max(0, list.Count - MaxEntityLookback);
            for (int k = list.Count - 1; k >= oldest; k--)
            {
                var e = list[k].Root;
                if (e.IsGroup != group || e.RoleOnly)
                {
                    continue;
                }

                bool match = group ? Same(words, e.Words) : Subset(words, e.Words) || Subset(e.Words, words) || SameLetters(words, e.Words);
                if (!match)
                {
                    continue;
                }

                if (words.Count > e.Words.Length && words.Count <= 5 && EndsWith(words, e.Words))
                {
                    e.Words = words.ToArray();
                    e.Name = Original(m.NameStart, m.NameEnd);
                    e.NormalizedStart = m.NameStart;
                    e.NormalizedEnd = m.NameEnd;
                }
                else if (words.Count == 1 && e.Words.Length == 1 && words[0].Length > e.Words[0].Length)
                {
                    // The longer spelling of the same surname is the fuller one.
                    e.Words = words.ToArray();
                    e.Name = Original(m.NameStart, m.NameEnd);
                    e.NormalizedStart = m.NameStart;
                    e.NormalizedEnd = m.NameEnd;
                }
                else if (words.Count < e.Words.Length || words[0].Length < e.Words[0].Length)
                {
                    rule = "speaker.fullname";
                }

                if (hasRole && e.Role is null)
                {
                    e.Role = Original(m.RoleStart, m.RoleEnd);
                    e.RoleWords = Words(text, m.RoleStart, m.RoleEnd);
                }

                e.IntroducedContinuing |= continues;
                return e;
            }

            // "خاکزاد مشکلات سیستم توزیع را ...": a subject that runs into its object still starts with a known name.
            if (words.Count >= 2 && !group)
            {
                for (int k = list.Count - 1; k >= oldest; k--)
                {
                    var e = list[k].Root;
                    if (!e.IsGroup && !e.RoleOnly && e.Words.Length > 1 && e.Words[^1].AsSpan().SequenceEqual(words[0]))
                    {
                        rule = "speaker.fullname";
                        return e;
                    }
                }
            }

            // "کنشگران امضاکننده نامه" after "صدها کنشگر مدنی": a plural noun phrase whose head is the counted noun of
            // a recent group is that group.
            if (!group && words[0].Length > 4 && (words[0].EndsWith("ان", StringComparison.Ordinal) || words[0].EndsWith("ها", StringComparison.Ordinal)))
            {
                for (int k = list.Count - 1; k >= 0 && k >= list.Count - 8; k--)
                {
                    var e = list[k].Root;
                    if (e.IsGroup && !e.SingleSource && !Contains(e.Words, words[0]) && HasWord(e.Words, words[0]))
                    {
                        rule = "speaker.anaphor";
                        return e;
                    }
                }
            }

            // A name inside the words of an earlier role-only mention ("سخنگوی کمیسیون" ... "علی خضریان، سخنگوی کمیسیون").
            var entity = new Entity
            {
                Name = Original(m.NameStart, m.NameEnd), NormalizedStart = m.NameStart, NormalizedEnd = m.NameEnd, Words = words.ToArray(),
                Role = hasRole ? Original(m.RoleStart, m.RoleEnd) : null, RoleWords = hasRole ? Words(text, m.RoleStart, m.RoleEnd) : [], IsGroup = group,
                SingleSource = group && IsSingleSource(text, m.NameStart, m.NameEnd),
                IntroducedContinuing = continues,
                IsOrganization = QuoteWords.OrganizationHeads.TryMatch(text, m.NameStart, m.NameEnd, out _, out _)
                                 || (publication && !hasRole && !QuoteWords.GivenNames.TryMatch(text, m.NameStart, m.NameEnd, out _, out _)
                                     && !QuoteWords.Honorifics.TryMatch(text, m.NameStart, m.NameEnd, out _, out _)),
                AddsSpeaker = FollowedByAlso(text, m.End),
            };
            list.Add(entity);
            return entity;
        }

        Entity? ResolveRole(string text, Mention m, List<Entity> list, bool plural, bool continues, Mention? next, out string rule)
        {
            string[] words = Words(text, m.RoleStart, m.RoleEnd);
            rule = "speaker.role";
            if (words.Length == 0)
            {
                return null;
            }

            // "داوطلب دیگری", "کارشناس دیگری": "another" brings in a new, unnamed person; kept as written (a later
            // pronoun may point to it), never linked to the holder of the title named before.
            if (words.Length >= 2 && IsAnother(text, m.RoleStart, m.RoleEnd))
            {
                rule = "speaker.indefinite";
                var another = new Entity
                {
                    Name = Original(m.RoleStart, m.RoleEnd), Words = words, IsGroup = true, SingleSource = true,
                };
                list.Add(another);
                return another;
            }

            // The role's words may end with a known name ("رئیس‌جمهور آمریکا جو بایدن" after "بایدن"); an organisation
            // in them ("سخنگوی کمیسیون ...") is where the holder works.
            int oldest = Math.Max(0, list.Count - MaxEntityLookback);
            for (int k = list.Count - 1; k >= oldest; k--)
            {
                var e = list[k].Root;
                if (!e.IsGroup && !e.RoleOnly && !e.IsOrganization && e.Words.Length > 0 && Subset(e.Words, words))
                {
                    rule = "speaker.subject";
                    return e;
                }
            }

            var holder = FindRoleHolder(words, list, oldest, list.Count, null);
            if (holder is not null)
            {
                return holder;
            }

            // The article names the holder next to the same title elsewhere ("ناصر کنعانی سخنگوی وزارت امور خارجه"), or
            // as the counterpart of the title's country ("با فیصل بن فرحان همتای سعودی خود").
            if (FindHolderInText(text, m.RoleStart, m.RoleEnd, ref searchBudget) is var (hs, he) && he > hs && HolderNamed(hs, he) is { } holderNamed)
            {
                rule = "speaker.role-holder";
                return holderNamed;
            }

            if (FindCounterpartInText(text, words, ref searchBudget) is var (cs, ce) && ce > cs && HolderNamed(cs, ce) is { } counterpart)
            {
                rule = "speaker.counterpart";
                return counterpart;
            }

            // The same title again in the article is the same person: it joins the earlier title-only mention, which
            // links to its holder once the article names one.
            for (int k = list.Count - 1; k >= oldest; k--)
            {
                var e = list[k];
                if (e.RoleOnly && e.MergedInto is null && e.RoleWords.Length > 0 && (Subset(words, e.RoleWords) || Subset(e.RoleWords, words)))
                {
                    return e;
                }
            }

            // A title alone, with no holder written, describes the person the article is about; but the indefinite
            // "یک" ("یک کارشناس اقتصادی") brings in someone not named yet, never the person just quoted.
            // A title held in relation to someone mentioned before ("معاون او", "همسر وی", "وکیل این فعال") is another
            // person's, never that one's.
            bool relational = IsRelationalTitle(words);
            // The title first and the name in the next sentence ("رئیس فدراسیون در پیامی ... خواست ... / محمدرضا
            // داورزنی در این پیام آورده است"): a person the article has not named yet, given no title of their own, who
            // speaks next is the holder, not the person quoted before; but a title whose verb goes on ("دبیرکل حزب
            // افزود") is still the person quoted before.
            if (lastPerson is not null && !IsIndefiniteOne(text, Math.Min(m.NameStart, m.RoleStart), m.RoleEnd) && !relational
                && (continues || !AlsoAfter(text, m.End))
                && (continues || !(next is { } n && NewUntitledPerson(text, n, list)))
                && !(lastPerson.RoleWords.Length == 0 && RelatesToAnother(lastPerson.Words))
                && !DifferentOffices(lastPerson.RoleWords.Length > 0 ? lastPerson.RoleWords : lastPerson.OfficeWords, words)
                && (continues || !DifferentKinds(lastPerson.RoleWords.Length > 0 ? lastPerson.RoleWords : lastPerson.OfficeWords, words)))
            {
                rule = "speaker.role-recent";
                if (lastPerson.RoleWords.Length == 0 && lastPerson.OfficeWords.Length == 0)
                {
                    // The title now describes that person: a later title of another office is someone else.
                    lastPerson.OfficeWords = words;
                }

                return lastPerson;
            }

            if (plural && Array.IndexOf(words, "و") > 0)
            {
                // "رئیس‌جمهور و وزیر امور خارجه گفتند": two titles and a plural verb are two people, kept as written.
                var both = new Entity { Name = Original(m.NameStart, m.NameEnd), Words = words, IsGroup = true };
                list.Add(both);
                rule = "speaker.role";
                return both;
            }

            var entity = new Entity
            {
                Name = Original(m.NameStart, m.NameEnd), Words = words, Role = Original(m.RoleStart, m.RoleEnd), RoleWords = words,
                RoleOnly = true, Indefinite = m.RoleStart > m.NameStart, Relational = relational,
            };
            list.Add(entity);
            rule = "speaker.role";
            return entity;

            // The entity of a name the text writes at [ns, ne) for this title, which it now holds if it had none.
            Entity? HolderNamed(int ns, int ne)
            {
                var named = new Mention(MentionKind.Name, ns, ne, ns, ne, m.RoleStart, m.RoleEnd);
                var e = ResolveName(text, named, list, publication: false, continues: false, out _);
                if (e is not null && e.Role is null)
                {
                    e.Role = Original(m.RoleStart, m.RoleEnd);
                    e.RoleWords = words;
                }

                return e;
            }
        }
    }

    // The honorific before a name that is also an office ("قاضی", "سناتور"), or an empty range.
    private static (int Start, int End) OfficeHonorific(string t, int start, int nameStart)
    {
        int p = MentionParser.SkipSpace(t, start, nameStart);
        while (p < nameStart && QuoteWords.Honorifics.TryMatch(t, p, nameStart, out _, out int he))
        {
            if (QuoteWords.OfficeHonorifics.TryMatch(t, p, he, out _, out int oe) && oe == he)
            {
                return (p, he);
            }

            p = MentionParser.SkipSpace(t, he, nameStart);
        }

        return (0, 0);
    }

    // A name with no title of its own that no earlier mention of the article's people matches.
    private static bool NewUntitledPerson(string text, Mention n, List<Entity> list)
    {
        if (n.Kind != MentionKind.Name || n.HasRole || n.NameEnd <= n.NameStart
            || QuoteWords.GroupHeads.TryMatch(text, MentionParser.SkipSpace(text, n.NameStart, n.NameEnd), n.NameEnd, out _, out _)
            || QuoteWords.OrganizationHeads.TryMatch(text, MentionParser.SkipSpace(text, n.NameStart, n.NameEnd), n.NameEnd, out _, out _))
        {
            return false;
        }

        string[] words = Words(text, n.NameStart, n.NameEnd);
        if (words.Length < 2)
        {
            // A surname alone refers back to someone named in full before.
            return false;
        }

        foreach (var e in list)
        {
            if (!e.IsGroup && !e.RoleOnly && e.Words.Length > 0 && (Subset(words, e.Words) || Subset(e.Words, words)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StrictlyIncreasing(List<RawQuote> raws)
    {
        for (int i = 1; i < raws.Count; i++)
        {
            if (raws[i].Start <= raws[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxHolderSearches = 16;

    // Work limits for a very long input (a scraped page dump holding many articles, or garbage): a news article names
    // a few dozen people, so a mention is compared with the MaxEntityLookback people and groups named last (a title
    // named before its holder with those around it), and the searches of the whole text for a fuller name or a
    // title's holder read at most SearchBudgetPerChar characters per input character in all (MinSearchBudget at
    // least, far more than any article needs); past that a name stays as written. Both keep the work linear in the
    // input and change nothing on articles of ordinary length.
    private const int MaxEntityLookback = 256;
    private const int SearchBudgetPerChar = 64;
    private const long MinSearchBudget = 32L << 20;

    private static readonly string[] CountWords = ["دو", "سه", "چهار", "پنج", "شش"];

    // "سه کشور", "هر سه کشور": the count a group mention opens with (0 when none).
    private static int CountWord(WordBuffer words)
    {
        int i = words.Count > 1 && words[0].SequenceEqual("هر") ? 1 : 0;
        if (i >= words.Count)
        {
            return 0;
        }

        for (int n = 0; n < CountWords.Length; n++)
        {
            if (words[i].SequenceEqual(CountWords[n]))
            {
                return n + 2;
            }
        }

        return 0;
    }

    // "سه کشور", "هر سه کشور": the count a group mention opens with (0 when none).
    private static int CountWord(string[] words)
    {
        int i = words.Length > 1 && string.Equals(words[0], "هر", StringComparison.Ordinal) ? 1 : 0;
        int n = i < words.Length ? Array.IndexOf(CountWords, words[i]) : -1;
        return n < 0 ? 0 : n + 2;
    }

    // "بریتانیا، رومانی و لیبریا" has three items: one more than its commas and "و" joints.
    private static int ListItems(string name)
    {
        int items = 1;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] is '،' or ',')
            {
                items++;
            }
            else if (name[i] == 'و' && i > 0 && name[i - 1] == ' ' && (i + 1 == name.Length || name[i + 1] == ' '))
            {
                items++;
            }
        }

        return items;
    }

    // "یک مقام ارشد", "یک منبع آگاه", "یک دیپلمات اروپایی": the indefinite article + an anonymous head is one person.
    private static bool IsSingleSource(string t, int start, int end)
    {
        int p = MentionParser.SkipSpace(t, start, end);
        int w = MentionParser.WordEnd(t, p, end);
        if (w - p != 2 || t[p] != 'ی' || t[p + 1] != 'ک')
        {
            return false;
        }

        int h = MentionParser.SkipSpace(t, w, end);
        return h < end && QuoteWords.AnonymousHeads.TryMatch(t, h, end, out _, out _);
    }

    // "پورابراهیمی" is also written "پور ابراهیمی": a compound surname is searched with a space at each inner point.
    private static (int Start, int End)? FullerNameInTextAnySpacing(string t, ReadOnlySpan<char> surname, ref long budget)
    {
        if (FullerNameInText(t, surname, 0, t.Length, ref budget) is { } found)
        {
            return found;
        }

        if (surname.Length < 6 || surname.Contains(' '))
        {
            return null;
        }

        // Which split points occur at all is found in one pass over the places the surname's first two letters are
        // written (a split spelling keeps at least two letters before its space); only those are searched in full.
        if (budget <= 0)
        {
            return null;
        }

        ulong points = SplitPoints(t, surname);
        budget -= t.Length;
        if (points == 0)
        {
            return null;
        }

        // The split spellings are written into one scratch buffer, not allocated.
        Span<char> split = surname.Length < 128 ? stackalloc char[surname.Length + 1] : new char[surname.Length + 1];
        for (int i = 2; i <= surname.Length - 3; i++)
        {
            if (i < 64 && (points & (1UL << i)) == 0)
            {
                continue;
            }

            surname[..i].CopyTo(split);
            split[i] = ' ';
            surname[i..].CopyTo(split[(i + 1)..]);
            if (FullerNameInText(t, split, 0, t.Length, ref budget) is { } splitFound)
            {
                return splitFound;
            }
        }

        return null;
    }

    // Bit i (2 <= i <= length - 3) is set when the text holds surname[..i] + ' ' + surname[i..]; a surname too long
    // for the bits has them all set (every split point is searched).
    private static ulong SplitPoints(string t, ReadOnlySpan<char> surname)
    {
        if (surname.Length > 66)
        {
            return ulong.MaxValue;
        }

        ulong points = 0;
        var head = surname[..2];
        int from = 0;
        while (from < t.Length)
        {
            int k = t.AsSpan(from).IndexOf(head);
            if (k < 0)
            {
                break;
            }

            int at = from + k;
            int i = 0;
            while (i < surname.Length && at + i < t.Length && t[at + i] == surname[i])
            {
                i++;
            }

            // The surname has no space, so the common run stops exactly where a split spelling has its space.
            if (i >= 2 && i <= surname.Length - 3 && at + i < t.Length && t[at + i] == ' '
                && t.AsSpan(at + i + 1).StartsWith(surname[i..]))
            {
                points |= 1UL << i;
            }

            from = at + 1;
        }

        return points;
    }

    // The fullest form wins: a headline's short "ناصر همتی" gives way to "عبدالناصر همتی" in the body.
    public static (int Start, int End)? FullerNameInText(string t, ReadOnlySpan<char> surname, int searchStart, int searchEnd)
    {
        long unlimited = long.MaxValue;
        return FullerNameInText(t, surname, searchStart, searchEnd, ref unlimited);
    }

    // Searches t[searchStart..searchEnd) while budget is left, and takes from it the characters it reads.
    private static (int Start, int End)? FullerNameInText(string t, ReadOnlySpan<char> surname, int searchStart, int searchEnd, ref long budget)
    {
        (int Start, int End)? best = null;
        if (budget <= 0)
        {
            return best;
        }

        int limit = searchEnd;
        int from = searchStart;
        for (int n = 0; n < MaxHolderSearches && from < limit; n++)
        {
            int i = t.AsSpan(from, limit - from).IndexOf(surname);
            if (i < 0)
            {
                budget -= limit - from;
                break;
            }

            budget -= i + surname.Length;
            i += from;
            from = i + surname.Length;
            if ((i > 0 && PhraseTrie.IsWordChar(t[i - 1])) || (from < t.Length && PhraseTrie.IsWordChar(t[from])))
            {
                continue;
            }

            int e = MentionParser.TrimEndSpace(t, 0, i);
            if (e == i)
            {
                continue;
            }

            int s = e;
            while (s > 0 && PhraseTrie.IsWordChar(t[s - 1]))
            {
                s--;
            }

            if (s < e && QuoteWords.GivenNames.TryMatch(t, s, e, out _, out int ge) && ge == e && !QuoteWords.Honorifics.TryMatch(t, s, e, out _, out _)
                && (best is not { } b || from - s > b.End - b.Start))
            {
                best = (s, from);
            }
        }

        return best;
    }

    /// <summary>Finds a name written right before ("NAME ROLE", "NAME، ROLE") or after ("ROLE NAME") the same title.</summary>
    private static (int Start, int End)? FindHolderInText(string t, int roleStart, int roleEnd, ref long budget)
    {
        int from = 0;
        for (int n = 0; n < MaxHolderSearches && budget > 0; n++)
        {
            // Spacing-insensitive: "مدیرمسئول" is "مدیر مسئول", "دبیرستاد" is "دبیر ستاد".
            int searchedFrom = from;
            int i = from < t.Length ? IndexOfIgnoringJoints(t, roleStart, roleEnd, from, out from) : -1;
            if (i < 0)
            {
                budget -= t.Length - searchedFrom;
                return null;
            }

            budget -= from - searchedFrom;

            if (i > 0 && PhraseTrie.IsWordChar(t[i - 1]))
            {
                continue;
            }

            if (NameAround(t, i, from) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>
    /// "وزیر خارجه عربستان" in an article that wrote "با فیصل بن فرحان همتای سعودی خود": the counterpart of that
    /// country, named before "همتای ADJ خود" (after "با") or right after it, holds an office title of that country.
    /// </summary>
    private static (int Start, int End)? FindCounterpartInText(string t, string[] title, ref long budget)
    {
        if (title.Length < 2 || !IsOfficeHead(title[0]) || CountryOf(title) is not { } country)
        {
            return null;
        }

        const string Counterpart = "همتای";
        int from = 0;
        for (int n = 0; n < MaxHolderSearches && budget > 0 && from < t.Length; n++)
        {
            int i = t.IndexOf(Counterpart, from, StringComparison.Ordinal);
            budget -= (i < 0 ? t.Length : i + Counterpart.Length) - from;
            if (i < 0)
            {
                return null;
            }

            from = i + Counterpart.Length;
            if ((i > 0 && PhraseTrie.IsWordChar(t[i - 1])) || (from < t.Length && PhraseTrie.IsWordChar(t[from]) && t[from] != PersianLetters.Zwnj))
            {
                continue;
            }

            int a = MentionParser.SkipSpace(t, from, t.Length);
            int ae = MentionParser.WordEnd(t, a, t.Length);
            if (ae <= a || !IsOfCountry(t.AsSpan(a, ae - a), country))
            {
                continue;
            }

            int end = ae;
            int k = MentionParser.SkipSpace(t, ae, t.Length);
            int ke = k < t.Length ? MentionParser.WordEnd(t, k, t.Length) : k;
            if (ke > k && t.AsSpan(k, ke - k) is "خود")
            {
                end = ke;
            }

            if (NameAround(t, i, end, afterPreposition: true) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    // The adjectives of nationality news copy writes after "همتای": the country with ی/‌ای ("عراقی", "کره‌ای"), or an
    // irregular form.
    private static bool IsOfCountry(ReadOnlySpan<char> adjective, string country)
    {
        string? irregular = adjective switch
        {
            "سعودی" => "عربستان", "روس" or "روسی" => "روسیه", "آمریکایی" or "امریکایی" => "آمریکا", "انگلیسی" => "انگلیس",
            "بریتانیایی" => "بریتانیا", "فرانسوی" => "فرانسه", "آلمانی" => "آلمان", "ترک" => "ترکیه", "سوری" => "سوریه",
            "اماراتی" => "امارات", "افغان" => "افغانستان", "ایتالیایی" => "ایتالیا", "اسپانیایی" => "اسپانیا",
            "لبنانی" => "لبنان", "ازبک" => "ازبکستان", "تاجیک" => "تاجیکستان", "ترکمن" => "ترکمنستان", "قزاق" => "قزاقستان",
            "ارمنی" => "ارمنستان", "گرجی" => "گرجستان", "اوکراینی" => "اوکراین", "آذربایجانی" => "آذربایجان",
            _ => null,
        };
        if (irregular is not null)
        {
            return irregular == country;
        }

        return adjective.StartsWith(country, StringComparison.Ordinal)
               && adjective[country.Length..] is "ی" or "ای" or "‌ای";
    }

    /// <summary>
    /// The name written right before a title found at [i, matchEnd) ("X، TITLE" or "X TITLE", up to three words after a
    /// clause boundary) or right after it ("TITLE (title) GIVEN-NAME SURNAME"), or null.
    /// </summary>
    private static (int Start, int End)? NameAround(string t, int i, int matchEnd, bool afterPreposition = false)
    {
        int from = matchEnd;
        // Before: up to three words, not stop words or titles, after a clause boundary.
        int e = MentionParser.TrimEndSpace(t, 0, i);
        bool commaBefore = e > 0 && t[e - 1] is '،' or ',';
        if (commaBefore)
        {
            e = MentionParser.TrimEndSpace(t, 0, e - 1);
        }

        // A heading on the line above ("اصلاح ریزمغذی‌ها\nنماینده سازمان ...") is not a name before the title.
        int s = t.AsSpan(e, i - e).IndexOfAny('\n', '\r') >= 0 ? 0 : e, words = 0;
        while (s > 0 && words < 3)
        {
            int ws = s;
            while (ws > 0 && PhraseTrie.IsWordChar(t[ws - 1]))
            {
                ws--;
            }

            if (ws == s || QuoteWords.SubjectStops.TryMatch(t, ws, s, out _, out int se) && se == s
                || QuoteWords.RoleHeads.TryMatch(t, ws, s, out _, out _) || QuoteWords.Pronouns.TryMatch(t, ws, s, out _, out _)
                || QuoteWords.Demonstratives.IsWhole(t, ws, s, out _) || QuoteWords.GroupHeads.IsWhole(t, ws, s, out _))
            {
                break;
            }

            s = ws;
            words++;
            int sp = s;
            while (sp > 0 && PhraseTrie.IsJointChar(t[sp - 1]))
            {
                sp--;
            }

            if (sp == s)
            {
                break;
            }

            s = sp;
        }

        s = MentionParser.SkipSpace(t, s, e);
        if (words > 0 && s < e && (s == 0 || !PhraseTrie.IsWordChar(t[s - 1])) && (StartsName(t, s, e) || ((commaBefore || afterPreposition) && AfterPreposition(t, s)))
            && !IsAttributionOrOrganization(t, s, e))
        {
            return (MentionParser.SkipHonorifics(t, s, e), e);
        }

        // After: "ROLE (title) GIVEN-NAME SURNAME".
        int a = MentionParser.SkipSpace(t, from, t.Length);
        if (a < t.Length && t[a] is '،' or ',')
        {
            a = MentionParser.SkipSpace(t, a + 1, t.Length);
        }

        if (a < t.Length && (QuoteWords.GivenNames.TryMatch(t, a, t.Length, out _, out _) || QuoteWords.Honorifics.TryMatch(t, a, t.Length, out _, out _)))
        {
            int ns = MentionParser.SkipHonorifics(t, a, t.Length);
            int ne = ns, w = 0, p = ns;
            while (p < t.Length && w < 4 && PhraseTrie.IsWordChar(t[p]) && !(QuoteWords.SubjectStops.TryMatch(t, p, t.Length, out _, out _) && p > ns))
            {
                p = MentionParser.WordEnd(t, p, t.Length);
                ne = p;
                w++;
                p = MentionParser.SkipSpace(t, p, t.Length);
            }

            if (ne > ns)
            {
                return (ns, ne);
            }
        }

        return null;
    }

    /// <summary>
    /// The next occurrence, from <paramref name="from"/> on, of the words in t[start..end) with spaces and half-spaces
    /// written, left out or added anywhere between letters; -1 when none. The match starts and ends at word boundaries.
    /// </summary>
    private static int IndexOfIgnoringJoints(string t, int start, int end, int from, out int matchEnd)
    {
        matchEnd = t.Length;

        // Candidates by a vectorized search for the first letters of the title's first word (at most three: spacing
        // differs only between words).
        int p = start;
        while (p < end && p - start < 3 && !PhraseTrie.IsJointChar(t[p]))
        {
            p++;
        }

        var prefix = t.AsSpan(start, p - start);
        for (int i = from; i < t.Length; i++)
        {
            int found = t.AsSpan(i).IndexOf(prefix);
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (i > 0 && PhraseTrie.IsWordChar(t[i - 1]) && t[i - 1] != PersianLetters.Zwnj)
            {
                continue;
            }

            int a = start, b = i;
            while (a < end && b < t.Length)
            {
                if (t[a] == t[b])
                {
                    a++;
                    b++;
                }
                else if (PhraseTrie.IsJointChar(t[a]))
                {
                    a++;
                }
                else if (PhraseTrie.IsJointChar(t[b]))
                {
                    b++;
                }
                else
                {
                    break;
                }
            }

            if (a == end && (b == t.Length || !PhraseTrie.IsWordChar(t[b]) || t[b] == PersianLetters.Zwnj && b + 1 < t.Length && !PhraseTrie.IsWordChar(t[b + 1])))
            {
                matchEnd = b;
                return i;
            }
        }

        return -1;
    }

    // The words before a title are a name when they do not start a sentence with a verb or a noun of the report:
    // they must not begin with a stop word, and a clause boundary (or the text start) must precede them.
    private static bool StartsName(string t, int s, int e)
    {
        int before = MentionParser.TrimEndSpace(t, 0, s);
        return before == 0 || t[before - 1] is '،' or ',' or '.' or ':' or '\n' or '-' or '«' or '»' or '؛' or '(' || QuoteWords.GivenNames.TryMatch(t, s, e, out _, out _)
               || QuoteWords.Honorifics.TryMatch(t, s, e, out _, out _);
    }

    // "در جلسه‌ای با NAME، ROLE": a noun phrase after a preposition, set off by the title's comma, is the holder's name.
    /// <summary>
    /// Whether the words before a title are the outlet's attribution ("به گزارش خبرگزاری فارس، وزیر …", "به نقل از
    /// روزنامه …، سخنگوی …") or an organisation: neither is a person who holds the title.
    /// </summary>
    private static bool IsAttributionOrOrganization(string t, int s, int e)
    {
        if (QuoteWords.OrganizationHeads.TryMatch(t, s, e, out _, out _))
        {
            return true;
        }

        // "به گزارش X،": the walk back stops at "به", so the candidate starts with "گزارش"; "به نقل از X،": at "از".
        // "به نقل از X،" opens two words before "از".
        int p = WordBefore(t, s, out int pe);
        int qs = WordBefore(t, p, out int q);
        int rs = qs < q ? WordBefore(t, qs, out int r) : (r = qs);
        return (p < pe && QuoteWords.OutletAttribution.TryMatch(t, p, e, out _, out _))
            || (qs < q && QuoteWords.SourceAttribution.TryMatch(t, qs, e, out _, out _))
            || (rs < r && QuoteWords.SourceAttribution.TryMatch(t, rs, e, out _, out _));
    }

    private static bool AfterPreposition(string t, int s)
    {
        int w = WordBefore(t, s, out int e);
        return e > w && QuoteWords.Prepositions.IsWhole(t, w, e, out _);
    }

    /// <summary>The start of the word that ends at the last non-space before <paramref name="s"/>; <paramref name="end"/>
    /// is that word's end (start == end when a non-word character comes first).</summary>
    private static int WordBefore(string t, int s, out int end)
    {
        (int w, end) = MentionParser.WordBefore(t, s);
        return w;
    }

    // A title in the lead ("استاندار نیمروز می‌گوید ...") is usually followed by the holder's name: the first person
    // named after it.
    // Whether "نیز" or "هم" follows the mention that ends at `end` (after spaces and a comma).
    private static bool FollowedByAlso(string t, int end)
    {
        int p = end;
        while (p < t.Length && (t[p] is ' ' or '،' or ','))
        {
            p++;
        }

        foreach (string also in AlsoWords)
        {
            if (p + also.Length <= t.Length && t.AsSpan(p, also.Length).SequenceEqual(also)
                && (p + also.Length == t.Length || (!PhraseTrie.IsWordChar(t[p + also.Length]) && t[p + also.Length] != PersianLetters.Zwnj)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AlsoWords = ["نیز", "هم"];

    private static Entity? NextPerson(List<Entity> entities, int index)
    {
        var roleOnly = entities[index];
        int stop = Math.Min(entities.Count, index + 1 + MaxEntityLookback);
        bool first = true;
        for (int k = index + 1; k < stop; k++)
        {
            var e = entities[k];
            if (e.RoleOnly && e.MergedInto is null && !Subset(e.RoleWords, roleOnly.RoleWords))
            {
                // Another title quoted in between ("وزیر نیرو" after "رئیس‌جمهور"): the article has moved on.
                first = false;
            }

            if (e.IsGroup || e.RoleOnly || e.IsOrganization || e.MergedInto is not null || e.IsList)
            {
                continue;
            }

            if (e.AskedBy == roleOnly)
            {
                // "وزیر نیرو از علی رضایی پرسید": the one asked is someone else.
                first = false;
                continue;
            }

            // A person introduced with another title ("X، یکی از رهبران ...") does not hold a definite one ("مدیر
            // روابط عمومی ..."); a profession with the indefinite article ("یک اقتصاددان") is described anew and goes to a
            // person named next without a title, or with one but a verb that goes on ("X، استاد دانشگاه، افزود"); a title held
            // in relation to someone ("معاون او") goes only to a person later given the same title. A person named
            // without a title holds it only when no other person came between: the article went on to someone else.
            bool sameTitle = e.RoleWords.Length > 0 && roleOnly.RoleWords.Length > 0 && e.RoleWords[0] == roleOnly.RoleWords[0]
                             && !OfDifferentBodies(e.RoleWords, roleOnly.RoleWords);
            if (e.AddsSpeaker && !sameTitle)
            {
                // "رئیس‌جمهور در دیدار با وزیر خارجه عمان گفت ... بدر البوسعیدی نیز گفت": "also" adds another speaker.
                first = false;
                continue;
            }

            if (roleOnly.Relational
                    ? sameTitle
                    : sameTitle || (roleOnly.Indefinite && (e.RoleWords.Length == 0 || e.IntroducedContinuing)) || (first && (e.RoleWords.Length == 0 || roleOnly.RoleWords.Length == 0)))
            {
                return e;
            }

            first = false;
        }

        return null;
    }

    // The holder among entities[from..to), the latest first.
    private static Entity? FindRoleHolder(string[] roleWords, List<Entity> entities, int from, int to, Entity? self)
    {
        if (roleWords.Length == 0)
        {
            return null;
        }

        for (int k = to - 1; k >= from; k--)
        {
            var e = entities[k];
            if (e == self || e.RoleOnly || e.MergedInto is not null || e.RoleWords.Length == 0)
            {
                continue;
            }

            if ((Subset(roleWords, e.RoleWords) || (roleWords.Length >= 2 && Subset(e.RoleWords, roleWords)))
                && IsDeputyHead(roleWords[0]) == IsDeputyHead(e.RoleWords[0]))
            {
                // "وزیر بهداشت" is not the holder of "معاون وزیر بهداشت", nor the reverse.
                return e;
            }
        }

        return null;
    }

    // The word, or its singular: "این کنشگران" points back to "صدها کنشگر" (Persian counts with the singular noun).
    private static bool HasWord(string[] words, ReadOnlySpan<char> word)
    {
        if (Contains(words, word))
        {
            return true;
        }

        int cut = word.Length > 4 && (word.EndsWith("ان", StringComparison.Ordinal) || word.EndsWith("ها", StringComparison.Ordinal)) ? 2
                : word.Length > 5 && word.EndsWith("های", StringComparison.Ordinal) ? 3 : 0;
        if (cut == 0)
        {
            return false;
        }

        return Contains(words, word[..^cut]);
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (string w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    // "رئیس کمیسیون آموزش هم گفت", "وزیر نیرو نیز گفت": "also" after a subject names someone besides the one quoted last
    // (with a verb that goes on, "نیز افزود", it may be the same).
    private static bool AlsoAfter(string t, int p)
    {
        int w = MentionParser.SkipSpace(t, p, t.Length);
        int e = MentionParser.WordEnd(t, w, t.Length);
        return (e - w == 3 && t.AsSpan(w, 3) is "نیز") || (e - w == 2 && t.AsSpan(w, 2) is "هم");
    }

    // The phrase ends with "دیگری" ("another").
    private static bool IsIndefiniteOne(string t, int start, int end)
        => end - start > 5 && t.AsSpan(start, end - start).StartsWith("یک ", StringComparison.Ordinal);

    // "وزیر خارجه ..." and "سخنگوی وزارت داخله ...": offices with different heads that share no word naming their
    // organisation are held by two people ("دبیرستاد انتخابات" and "مدیرکل دفتر انتخابات" may be one).
    // A deputy's (or adviser's) title and an office head's ("معاون وزیر بهداشت", "وزیر بهداشت"; "رئیس سازمان
    // هواشناسی") are two people too, unless the head's title is a second title the person holds ("معاون رئیس‌جمهور و
    // رئیس سازمان برنامه", "رئیس سازمان برنامه"). The same head with another complement is not told apart: news varies the
    // complement for one person ("سخنگوی وزارت امور خارجه", "سخنگوی دستگاه دیپلماسی"; "رئیس مجلس", "رئیس قوه مقننه").
    private static bool DifferentOffices(string[] known, string[] title)
    {
        if (known.Length == 0 || title.Length == 0)
        {
            return false;
        }

        if (CountryOf(title) is { } country && CountryOf(known) is { } knownCountry && country != knownCountry && Array.IndexOf(known, country) < 0)
        {
            // "سرمربی تیم ملی فوتبال ایران" ... "سرمربی ازبکستان": the same title of another country is its holder there.
            return true;
        }

        if (IsDeputyHead(known[0]) != IsDeputyHead(title[0]) && (IsOfficeHead(known[0]) || IsOfficeHead(title[0]))
            && !(SpecificSubset(title, known) && HoldsAlso(known, title[0])))
        {
            return true;
        }

        if (string.Equals(known[0], title[0], StringComparison.Ordinal) || !IsOfficeHead(known[0]) || !IsOfficeHead(title[0]))
        {
            return false;
        }

        if (IsSpokesperson(known[0]) != IsSpokesperson(title[0]))
        {
            // "وزیر نفت" ... "سخنگوی وزارت نفت": an office's spokesperson is never its head, whatever words they share.
            return true;
        }

        return !SharesSpecificWord(title, known);
    }

    // Whether a word of a's complement other than the generic office words ("کل", "امور", "ملی") is in b's complement.
    private static bool SharesSpecificWord(string[] a, string[] b)
    {
        for (int i = 1; i < a.Length; i++)
        {
            string w = a[i];
            if (!QuoteWords.GenericOfficeWords.IsWhole(w, 0, w.Length, out _) && Array.IndexOf(b, w, 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? CountryOf(string[] words)
    {
        foreach (string w in words)
        {
            if (QuoteWords.Countries.IsWhole(w, 0, w.Length, out _))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// "X، نماینده مردم تبریز، ..." then "وزیر اقتصاد پیش‌بینی کرد": what one person is (an MP, a player, a son) and a
    /// title with another head are two people, unless the verb goes on ("دبیرکل حزب افزود": the same person's other
    /// title) or the MP's title is a post of parliament.
    /// </summary>
    private static bool DifferentKinds(string[] known, string[] title)
        => known.Length > 0 && title.Length > 0 && !string.Equals(known[0], title[0], StringComparison.Ordinal)
            && (((IsPersonKindHead(known[0]) || IsPersonKindHead(title[0])) && IsRoleHead(known[0]) && IsRoleHead(title[0])
                 && !HoldsAlso(known, title[0]) && !ParliamentPost(known, title))
                || (OneOfMany(known) && IsOfficeHead(title[0])));

    // "X، یکی از باشندگان این ولسوالی،": someone described as one of many, never the holder of a definite office
    // ("سخنگوی اداره …") named next.
    private static bool OneOfMany(string[] role) => role.Length > 2 && role[0] == "یکی" && role[1] == "از";

    private static bool IsOfficeHead(string word) => QuoteWords.OfficeHeads.IsWhole(word, 0, word.Length, out _);

    private static bool IsPersonKindHead(string word) => QuoteWords.PersonKindHeads.IsWhole(word, 0, word.Length, out _);

    private static bool IsRoleHead(string word)
        => QuoteWords.RoleHeads.IsWhole(word, 0, word.Length, out _) || IsPersonKindHead(word) || IsOfficeHead(word);

    private static readonly string[] ParliamentWords = ["مجلس", "شورای", "اسلامی", "قوه", "مقننه", "پارلمان"];

    // A member of parliament holds the posts of parliament too: "نماینده مردم تهران" and "رئیس کمیسیون انرژی مجلس" may
    // be one person.
    private static bool ParliamentPost(string[] known, string[] title)
    {
        string[] other = known[0] == "نماینده" ? title : title[0] == "نماینده" ? known : [];
        if (other.Length > 1 && other[0] is "رئیس" or "رییس" && other.AsSpan(1).IndexOfAnyExcept(ParliamentWords) < 0)
        {
            // The speaker of parliament ("رئیس مجلس") is never called by a constituency ("نماینده مردم اهواز").
            return false;
        }

        foreach (string w in other)
        {
            if (w is "مجلس" or "کمیسیون" or "فراکسیون" or "پارلمان")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeputyHead(string word) => QuoteWords.DeputyHeads.IsWhole(word, 0, word.Length, out _);

    // "معاون رئیس‌جمهور و رئیس سازمان برنامه": the titles joined by "و" are all held by the person; the head of the
    // office a deputy title names ("معاون وزیر ...") is not.
    private static bool HoldsAlso(string[] titles, string head)
    {
        for (int i = 2; i < titles.Length; i++)
        {
            if (string.Equals(titles[i], head, StringComparison.Ordinal) && titles[i - 1] is "و")
            {
                return true;
            }
        }

        return false;
    }

    // Whether every word of `small` that names something (not a word every organisation's name shares) is in `big`.
    private static bool SpecificSubset(string[] small, string[] big)
    {
        bool any = false;
        foreach (string w in small)
        {
            if (QuoteWords.GenericOfficeWords.IsWhole(w, 0, w.Length, out _))
            {
                continue;
            }

            any = true;
            if (Array.IndexOf(big, w) < 0)
            {
                return false;
            }
        }

        return any;
    }

    // "رئیس دولت" and "رئیس مجلس نمایندگان": the same head over bodies that share no word of their own (generic words
    // such as "کل", "امور", "ملی" aside) are two offices, held by two people.
    private static bool OfDifferentBodies(string[] a, string[] b) => a.Length >= 2 && b.Length >= 2 && !SharesSpecificWord(a, b);

    private static bool IsSpokesperson(string word) => word is "سخنگوی" or "سخنگو";

    // "معاون او", "همسر وی", "مشاور این وزیر", "وکیل این فعال", "وکیل یکی از متهمان": a title whose complement is a
    // personal pronoun, a demonstrative before a person's title or "یکی از" + a group names the holder by a relation to
    // another person.
    private static bool IsRelationalTitle(string[] words)
    {
        if (words.Length >= 4 && words[1] == "یکی" && words[2] == "از")
        {
            // "وکیل یکی از متهمان", "پدر یکی از قربانیان": held in relation to someone not named, never the last speaker.
            return true;
        }

        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i];
            if (QuoteWords.Pronouns.IsWhole(w, 0, w.Length, out _) || QuoteWords.CaseParties.IsWhole(w, 0, w.Length, out _))
            {
                // "معاون او"; "وکیل مدافع متهم ردیف اول", "وکیل شاکیان": held for a party to the case, another person.
                return true;
            }

            if (i + 1 < words.Length && QuoteWords.Demonstratives.IsWhole(w, 0, w.Length, out _)
                && QuoteWords.RoleHeads.IsWhole(words[i + 1], 0, words[i + 1].Length, out _))
            {
                return true;
            }
        }

        return false;
    }

    // "فرزند این شاعر", "همسر او", "وکیل آن فعال": a person written as a relation to someone else (a demonstrative or a
    // pronoun after the first word; no name has one) is not who a later title of an office describes.
    private static bool RelatesToAnother(string[] words)
    {
        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i];
            if (QuoteWords.Pronouns.IsWhole(w, 0, w.Length, out _) || (i + 1 < words.Length && QuoteWords.Demonstratives.IsWhole(w, 0, w.Length, out _)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAnother(string t, int start, int end)
    {
        end = MentionParser.TrimEndSpace(t, start, end);
        if (end - start > 6 && t.AsSpan(start, end - start).EndsWith(" دیگری", StringComparison.Ordinal))
        {
            return true;
        }

        // "عضو دیگر کمیسیون", "نماینده دیگر تهران", "یک کارشناس دیگر": "دیگر" right after the title's head word.
        int w = start;
        if (MentionParser.IsWordAt(t, w, end, "یک"))
        {
            w = MentionParser.SkipSpace(t, w + 2, end);
        }

        int we = MentionParser.WordEnd(t, w, end);
        return we > w && MentionParser.IsWordAt(t, MentionParser.SkipSpace(t, we, end), end, "دیگر");
    }

    private static bool IsPluralPronoun(string t, Mention m)
        => t.AsSpan(m.Start, m.End - m.Start) is var s && (s.StartsWith("آن", StringComparison.Ordinal));

    private static bool Subset(string[] small, string[] big)
    {
        if (small.Length == 0 || small.Length > big.Length)
        {
            return false;
        }

        foreach (string w in small)
        {
            if (Array.IndexOf(big, w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // A fuller name adds given names before the surname: "امانوئل مکرون" after "مکرون".
    private static bool EndsWith(string[] words, string[] tail)
    {
        for (int i = 1; i <= tail.Length; i++)
        {
            if (!string.Equals(words[^i], tail[^i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "پورابراهیمی" and "پور ابراهیمی": a compound surname written with or without a space is one name. A mention
    // of one word matches a name whose letters, spaces removed, contain it (four letters at least).
    private static bool SameLetters(string[] mention, string[] name)
    {
        if (mention.Length != 1 || mention[0].Length < 4)
        {
            return false;
        }

        // A surname cut short ("مبشر" for "مبشرالشيخ", "منتجب‌نيا" for "منتجب‌نياز") is the same name.
        foreach (string w in name)
        {
            if (w.Length >= 4 && (w.StartsWith(mention[0], StringComparison.Ordinal) || mention[0].StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return name.Length >= 2 && string.Concat(name).Contains(mention[0], StringComparison.Ordinal);
    }

    private static bool Same(string[] a, string[] b) => a.Length == b.Length && Subset(a, b);

    private static bool Same(WordBuffer a, string[] b) => a.Count == b.Length && Subset(a, b);

    private static bool Subset(WordBuffer small, string[] big)
    {
        if (small.Count == 0 || small.Count > big.Length)
        {
            return false;
        }

        for (int i = 0; i < small.Count; i++)
        {
            if (IndexOf(big, small[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Subset(string[] small, WordBuffer big)
    {
        if (small.Length == 0 || small.Length > big.Count)
        {
            return false;
        }

        foreach (string w in small)
        {
            if (!big.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].AsSpan().SequenceEqual(word))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsWith(WordBuffer words, string[] tail)
    {
        for (int i = 1; i <= tail.Length; i++)
        {
            if (!words[words.Count - i].SequenceEqual(tail[^i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameLetters(WordBuffer mention, string[] name)
    {
        if (mention.Count != 1 || mention[0].Length < 4)
        {
            return false;
        }

        var m = mention[0];
        foreach (string w in name)
        {
            if (w.Length >= 4 && (w.AsSpan().StartsWith(m) || m.StartsWith(w)))
            {
                return true;
            }
        }

        if (name.Length < 2)
        {
            return false;
        }

        int total = 0;
        foreach (string w in name)
        {
            total += w.Length;
        }

        Span<char> joined = total <= 256 ? stackalloc char[256] : new char[total];
        int n = 0;
        foreach (string w in name)
        {
            w.CopyTo(joined[n..]);
            n += w.Length;
        }

        return joined[..n].IndexOf(m) >= 0;
    }

    /// <summary>The folded words of one range, held in reusable buffers (one per thread) while a mention is compared.</summary>
    private sealed class WordBuffer
    {
        [ThreadStatic]
        private static WordBuffer? _instance;

        private char[] _chars = new char[256];
        private int[] _ends = new int[129];

        public static WordBuffer Instance => _instance ??= new WordBuffer();

        public int Count { get; private set; }

        public ReadOnlySpan<char> this[int index] => _chars.AsSpan(index == 0 ? 0 : _ends[index - 1], _ends[index] - (index == 0 ? 0 : _ends[index - 1]));

        public WordBuffer Fill(string t, int start, int end)
        {
            int length = Math.Max(0, end - start);
            if (_chars.Length < length)
            {
                _chars = new char[length];
                _ends = new int[(length / 2) + 1];
            }

            Count = FoldWords(t, start, end, _chars, _ends);
            return this;
        }

        public bool Contains(string word)
        {
            for (int i = 0; i < Count; i++)
            {
                if (this[i].SequenceEqual(word))
                {
                    return true;
                }
            }

            return false;
        }

        public string[] ToArray()
        {
            var words = Count == 0 ? [] : new string[Count];
            for (int i = 0; i < Count; i++)
            {
                words[i] = new string(this[i]);
            }

            return words;
        }
    }

    /// <summary>The folded words of a range (letter variants and half-spaces folded), for comparing mentions.</summary>
    public static string[] Words(string t, int start, int end)
    {
        if (end <= start)
        {
            return [];
        }

        // Folded letters go to one scratch buffer and word ends to another; strings are made once, at the end.
        int length = end - start;
        char[]? rentedChars = null;
        int[]? rentedEnds = null;
        Span<char> folded = length <= 256 ? stackalloc char[256] : (rentedChars = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        Span<int> ends = length <= 256 ? stackalloc int[129] : (rentedEnds = System.Buffers.ArrayPool<int>.Shared.Rent((length / 2) + 1));
        int count = FoldWords(t, start, end, folded, ends);
        var words = count == 0 ? [] : new string[count];
        int s = 0;
        for (int k = 0; k < count; k++)
        {
            words[k] = new string(folded[s..ends[k]]);
            s = ends[k];
        }

        if (rentedChars is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedEnds is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rentedEnds);
        }

        return words;
    }

    // Writes the folded letters of the words of [start, end) one after another into folded, and the end of each word
    // into ends; returns the number of words.
    private static int FoldWords(string t, int start, int end, Span<char> folded, Span<int> ends)
    {
        int n = 0, count = 0, wordStart = 0;
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            if (PhraseTrie.IsWordChar(c) && c != PersianLetters.Zwnj)
            {
                char f = PhraseTrie.Fold(c);
                if (f != '\0')
                {
                    folded[n++] = f;
                }

                continue;
            }

            // A half-space joins the parts of one word ("رئیس‌جمهور" = "رئیس جمهور" = "رئیسجمهور"): parts are
            // compared without it.
            if (c == PersianLetters.Zwnj)
            {
                continue;
            }

            if (n > wordStart)
            {
                ends[count++] = n;
                wordStart = n;
            }
        }

        if (n > wordStart)
        {
            ends[count++] = n;
        }

        return count;
    }
}
