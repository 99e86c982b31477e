#!/usr/bin/env python3
"""Builds the ZWNJ-repair lexicon embedded in PersianNews.Core.

usage: build-lexicon.py PATH/TO/cspell-dict-fa-ir-4.0.5.tgz [OUT_DIR]

Runs offline from the npm tarball of @cspell/dict-fa-ir (Apache-2.0; get it with `npm pack @cspell/dict-fa-ir@4.0.5`).
The dictionary is a cspell TrieXv3 file (a DAWG written as a stream of characters and back-steps); this script decodes
it, derives the small word classes the normalizer needs, adds our own hand-written lists beside this script
(compounds.txt, heh-ezafe.txt, lexicalized.txt) and writes OUT_DIR/lexicon.txt.gz (deterministic: gzip mtime 0) and OUT_DIR/NOTICE.

The dictionary spells no word with a ZWNJ (it writes inflected forms joined: "تضمینهای", "آنها"), so the compound list
cannot be derived from it; what the dictionary gives is which words exist and how they inflect:
  plural       X such that X+"ها" is a word (a noun that takes the plural ها)
  comparative  X such that X+"تر" and X+"ترین" are words (an adjective)
  noun         words the other classes miss that take the possessive and indefinite endings (X+ش, X+شان and X+ی are
               words) and are no inflected form themselves: broken plurals (منابع) and nouns whose plural is not listed
               (تنش، حقوق)
  heh          words ending in ه (a clitic ام/ای/اند/... after them is written with a ZWNJ)
  plural       (also) nouns ending in a non-joining letter, whose plural is written on (روزها)
  verb         present forms S+ending of stems S that show at least four of the six personal forms with ب/ن
               (کنند, شود, تواند), past forms P+ending where P+"ن" is an infinitive and "ن"+form is a word (کردند,
               گفت), and توان
  miblock      words that start with می/نمی and are not verb forms (میز, میدان, میلیون): never split
  hehiblock    words ending in "هی" (ماهی, آگاهی, گاهی): their ی is part of the word, never split off
  beblock      words that start with به (بهار, بهتر, بهداشت): never split
  kamblock     words that start with کم (کمک، کمیته، کمبود، کمیاب، کمترین): کم is never split off them
  hablock      words ending in ها/های/هایی whose rest is no word (انتها، انتهای): never split
  shanblock    words ending in شان that are words of their own (پریشان، نشان): never split
  numblock     words that start with a number word the normalizer splits off (یک، سه، پنج، شش، هفت، هشت، چهل، بیست،
               شصت) and are words of their own (یکسان، هفتاد، پنجره, and the joined یکشنبه، سهشنبه): never split
  lexicalized  our own list of derived words standard orthography writes on although their parts are a known word
               and a productive second part (دانشجو، رایزنی، شاهزاده; lexicalized.txt): no part is split off
  hehezafe     our own list of ه-words that take ای (حرفه‌ای) rather than lose their ه to a plural (heh-ezafe.txt)
  compound     our own list of compounds standard orthography writes with a ZWNJ (رئیس‌جمهور, گفت‌وگو); each entry
               ends in '>' (only split the joined form), '=' (also join the spaced form) or '<' (only join the
               spaced form)
"""
import gzip, io, os, sys, tarfile

ZW = '\u200c'
JOINING_EXCLUDED = set('اآأإٱدذرزژوؤةۀ')


def decode_trie_v3(text):
    """Decodes a cspell TrieXv3 file into its list of words."""
    lines = text.split('\n')
    start = next(i for i, l in enumerate(lines) if '__DATA__' in l)
    radix = 10
    for l in lines[:start]:
        l = l.strip()
        if l.startswith('base='):
            radix = int(l[5:])
    data = '\n'.join(lines[start + 1:])
    eow = {'f': 1, 'k': True}          # the shared end-of-word leaf
    root = {'c': {}}
    nodes = [root, eow]                # node numbers used by references (#n;)
    stack = [[root, '']]               # (parent, char) for each depth
    state = {'cur': root, 'depth': 0}

    def insert(ch):
        cur, depth = state['cur'], state['depth']
        if cur.get('k'):               # never write below the shared leaf: copy it first
            parent, key = stack[depth]
            cur = {'f': 1}
            parent['c'][key] = cur
            nodes.append(cur)
        children = cur.setdefault('c', {})
        nxt = children.get(ch)
        if nxt is None:
            nxt = {}
            children[ch] = nxt
        nodes.append(nxt)
        depth += 1
        if depth < len(stack):
            stack[depth] = [cur, ch]
        else:
            stack.append([cur, ch])
        state['cur'], state['depth'] = nxt, depth

    def mark_end():
        cur = state['cur']
        if not cur.get('c'):
            parent, key = stack[state['depth']]
            parent['c'][key] = eow
            if nodes[-1] is cur:
                nodes.pop()
            state['cur'] = eow
        else:
            cur['f'] = 1

    def back(n):
        if n:
            state['depth'] -= n
            state['cur'] = stack[state['depth'] + 1][0]

    i, n, backing = 0, len(data), False
    while i < n:
        ch = data[i]
        if backing:
            if ch == '<':
                back(1); i += 1; continue
            if ch in '23456789':
                back(int(ch) - 1); i += 1; continue
            backing = False
        if ch in '\r\n':
            i += 1
        elif ch == '$':
            mark_end(); back(1); backing = True; i += 1
        elif ch == '<':
            back(1); backing = True; i += 1
        elif ch == '#':
            j = data.index(';', i)
            ref = int(data[i + 1:j], radix)
            parent, key = stack[state['depth']]
            parent['c'][key] = nodes[ref + 1]
            nodes.pop()
            i = j + 1
        elif ch == '\\':
            nxt = data[i + 1]
            if nxt == '\\':
                esc = {'n': '\n', 'r': '\r', '\\': '\\'}
                insert(esc.get(data[i + 2], data[i + 2])); i += 3
            else:
                insert(nxt); i += 2
        else:
            insert(ch); i += 1

    words, todo = [], [(root, '')]
    while todo:
        node, prefix = todo.pop()
        if node.get('f'):
            words.append(prefix)
        for k, v in (node.get('c') or {}).items():
            todo.append((v, prefix + k))
    return words


def fold(w):
    return w.replace('ي', 'ی').replace('ك', 'ک')


def derive_compounds(entries):
    """Adds the derived words of each listed compound, which keep its half-spaces (آتش‌نشان → آتش‌نشانان، آتش‌نشانی;
    سیل‌زده → سیل‌زدگان; ساخت‌وساز → ساخت‌وسازها): the suffix rules cannot place them, for the suffix is no plural
    ها/های after a joining letter. An entry listed by hand keeps its own flag.
      after a consonant: + ان (the plural of people: نخست‌وزیران) and + ی (the abstract noun or adjective: آتش‌نشانی);
      after a participle in ده/ته: ه → گان (its plural of people: زده → زدگان، آموخته → آموختگان);
      after a non-joining letter: + ها and + های (written on, so the plural is part of the compound's last part).
    The plural in ان and ها keeps a joined entry's flag ('=': the spaced form is no standard spelling either); + ی
    and گان are only split (دست کمی از ... ندارد is a phrase, not دست‌کمی)."""
    listed = {e[:-1]: e[-1] for e in entries}
    derived = dict(listed)
    for body, flag in listed.items():
        last = body[-1]
        if flag == '<':
            continue
        forms = []
        if body.endswith(('ها', 'های')):
            continue
        if body.endswith(('ده', 'ته')):
            forms.append((body[:-1] + 'گان', '>'))
        elif last == 'ه':
            continue
        if last in JOINING_EXCLUDED:
            forms += [(body + 'ها', flag), (body + 'های', flag)]
        if last not in 'یاآوؤ':
            forms += [(body + 'ان', flag), (body + 'ی', '>')]
        for form, f in forms:
            derived.setdefault(form, f)
    return sorted(body + flag for body, flag in derived.items())


def main():
    tgz = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', 'src', 'PersianNews.Core', 'Normalization', 'Lexicon')
    with tarfile.open(tgz, 'r:gz') as tar:
        trie = gzip.decompress(tar.extractfile('package/fa-IR.trie.gz').read()).decode('utf-8')
        licence = tar.extractfile('package/LICENSE').read().decode('utf-8')
        package = tar.extractfile('package/package.json').read().decode('utf-8')
    words = {fold(w) for w in decode_trie_v3(trie) if w and not w.startswith(('~', '!', '+')) and ZW not in w}
    words = {w for w in words if all('\u0621' <= c <= '\u06ff' for c in w)}

    plural = sorted(w for w in words if len(w) >= 2 and w + 'ها' in words)
    comparative = sorted(w for w in words if len(w) >= 2 and w[-1] not in JOINING_EXCLUDED
                         and w + 'تر' in words and w + 'ترین' in words)
    heh = sorted(w for w in words if len(w) >= 2 and w.endswith('ه'))
    known = set(plural) | set(comparative) | set(heh)

    def inflected(w):
        return any(w.endswith(s) and len(w) - len(s) >= 2 and w[:-len(s)] in words
                   for s in ('های', 'ها', 'ان', 'ات', 'ی', 'یان', 'گان', 'ن', 'دن', 'تن'))
    noun = sorted(w for w in words if len(w) >= 3 and w not in known and w + 'ش' in words and w + 'شان' in words
                  and w + 'ی' in words and not inflected(w))

    # A present stem S shows itself by its personal forms: S+ending, ب+S+ending and ن+S+ending are all words for at
    # least four of the six endings (کنم/بکنم/نکنم, کنی, کند, ...). Nouns that happen to take ب/ن (بام/نام) do not.
    endings = ('م', 'ی', 'د', 'یم', 'ید', 'ند')
    verbs = set()
    candidates = set()
    for w in words:
        for e in endings:
            if w.endswith(e) and len(w) > len(e):
                candidates.add(w[:-len(e)])
    for stem in candidates:
        # Before آ and ا the prefixes take a glide: بیاید/نیاید (آ), بیندیشد/نیندیشد (ا).
        subj = 'بیا' + stem[1:] if stem.startswith('آ') else 'بی' + stem[1:] if stem.startswith('ا') else 'ب' + stem
        neg = 'نیا' + stem[1:] if stem.startswith('آ') else 'نی' + stem[1:] if stem.startswith('ا') else 'ن' + stem
        forms = [stem + e for e in endings if stem + e in words and (subj + e in words or neg + e in words)]
        if len(forms) >= 4:
            verbs.update(forms)
    # Past stems come from infinitives (کردن -> کرد); a past form is P+ending whose negative ن+P+ending is a word.
    for w in words:
        if len(w) >= 3 and w.endswith(('تن', 'دن')):
            p = w[:-1]
            neg = 'نیا' + p[1:] if p.startswith('آ') else 'نی' + p[1:] if p.startswith('ا') else 'ن' + p
            for e in ('', 'م', 'ی', 'یم', 'ید', 'ند'):
                if p + e in words and neg + e in words:
                    verbs.add(p + e)
            if p in verbs and p + 'ه' in words:
                verbs.add(p + 'ه')   # the past participle: می‌کرده (است)
    # The one bare present stem that follows می in running text: می‌توان (one can).
    verbs.add('توان')
    verbs = sorted(verbs)

    # The dictionary lists a few می-verbs joined, as if they were words of their own; they are not blocked. میدانی
    # stays blocked: in news it is the adjective of میدان (بازدید میدانی، تحقیقات میدانی), far more often than
    # «you know» (the spaced می دانی is still joined as a verb).
    joined_verbs = {'می' + v for v in ('گوید', 'گویم', 'گویند', 'گویی', 'گویید', 'گوییم', 'دانم', 'دانند', 'دانید',
                                        'دانیم', 'دانست', 'روند')}
    miblock = sorted(w for w in words if w.startswith(('می', 'نمی')) and len(w) > 2 and w not in joined_verbs)
    hehiblock = sorted(w for w in words if w.endswith('هی') and len(w) > 2)
    beblock = sorted(w for w in words if w.startswith('به') and len(w) > 2)
    # کم + a noun or adjective makes a compound adjective written with a half-space (کم‌آبی، کم‌درآمد، کم‌بضاعت); the
    # dictionary's words that start with کم are words of their own or lexicalized (کمک، کمال، کمبود، کمیاب).
    kamblock = sorted(w for w in words if w.startswith('کم') and len(w) > 4)

    # Lexical words that end in ها/های/هایی without being a plural (انتها، انتهای): a plural of an unknown noun is
    # only split off a word that is not one of them.
    hablock = sorted(w for w in words for k in (2, 3, 4)
                     if len(w) > k and w[-k:] in ('ها', 'های', 'هایی') and w[:-k] not in words)

    # Words ending in شان that are words of their own (پریشان، درخشان، نشان): they inflect further (پریشانی) or
    # their rest is no word. A possessive شان is only split off other words.
    shanblock = sorted(w for w in words if len(w) > 3 and w.endswith('شان')
                       and (w[:-3] not in words or w + 'ی' in words or w + 'ها' in words))

    # Number words a compound may start with (هفت‌تپه، پنج‌ساله، سه‌جانبه); the words of the dictionary that start
    # with one are lexical and stay whole.
    numerals = ('یک', 'سه', 'پنج', 'شش', 'هفت', 'هشت', 'چهل', 'بیست', 'شصت')
    numblock = sorted(w for w in words for p in numerals if w.startswith(p) and len(w) > len(p) + 1)

    def own_list(name, compound=False):
        """Our own list: one entry a line, '#' starts a comment; a compound has '+' where its ZWNJ goes."""
        items = []
        with open(os.path.join(here, name), encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if compound:
                    line = line.replace('+', ZW)
                    if line and ZW in line:
                        # Written out with a flag: '>' only split the joined form (the default), '=' also join the
                        # spaced form, '<' only join the spaced form (see compounds.txt).
                        flag = line[-1] if line[-1] in '=<' else '>'
                        items.append(line.rstrip('=< ').replace(' ', '') + flag)
                elif line and ZW not in line:
                    items.append(line)
        return sorted(set(items))

    lexicalized = own_list('lexicalized.txt')
    heh_ezafe = own_list('heh-ezafe.txt')
    compounds = derive_compounds(own_list('compounds.txt', compound=True))

    buf = io.StringIO()
    version = '4.0.5'
    buf.write('# PersianNews.Core ZWNJ lexicon, derived from @cspell/dict-fa-ir %s (Apache-2.0) and our own lists\n' % version)
    for name, items in (('plural', plural), ('comparative', comparative), ('heh', heh), ('noun', noun), ('verb', verbs),
                        ('miblock', miblock), ('hehiblock', hehiblock), ('beblock', beblock), ('kamblock', kamblock),
                        ('hablock', hablock), ('shanblock', shanblock), ('numblock', numblock),
                        ('lexicalized', lexicalized), ('hehezafe', heh_ezafe),
                        ('compound', compounds)):
        buf.write('@' + name + '\n')
        for w in items:
            buf.write(w + '\n')
        print('%-12s %7d' % (name, len(items)))
    os.makedirs(out, exist_ok=True)
    raw = buf.getvalue().encode('utf-8')
    with open(os.path.join(out, 'lexicon.txt.gz'), 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    with open(os.path.join(out, 'NOTICE'), 'w', encoding='utf-8') as f:
        f.write('lexicon.txt.gz in this folder is derived from the npm package @cspell/dict-fa-ir %s\n' % version)
        f.write('(Persian dictionary for cspell, by Street Side Software, https://github.com/streetsidesoftware/cspell-dicts,\n')
        f.write('whose word list comes from the lilak Hunspell dictionary), licensed under the Apache License 2.0.\n')
        f.write('Changes: the word list was decoded, Arabic ي/ك folded to ی/ک, and reduced to the word classes listed in\n')
        f.write('tools/lexicon/build-lexicon.py; the compound, hehezafe and lexicalized sections are our own lists\n')
        f.write('(tools/lexicon/compounds.txt, heh-ezafe.txt and lexicalized.txt, MIT).\n\n')
        f.write('The licence of @cspell/dict-fa-ir follows.\n\n')
        f.write(licence)
    print('raw %d bytes, gz %d bytes' % (len(raw), os.path.getsize(os.path.join(out, 'lexicon.txt.gz'))))


if __name__ == '__main__':
    main()
