"""Suggest the tags a news editor would pick: people, places, organisations and topics.

jieba's part-of-speech tagger proposes candidates (nr names, ns places, nt organisations,
n/vn/nz nouns for topics); the publication vocabulary (content/tags.yml) is loaded into jieba
first so that its words win, and it canonicalises aliases (吕梁市 -> 吕梁). jieba's own tags
are noisy (its dictionary calls 城市 a place and 智慧 a name), so each kind has a plain rule
on top (a surname for people, an administrative suffix or a province for places, ...), and
the stop list removes empty words. Topics are ranked by TF-IDF with jieba.analyse's IDF table.

The output is deterministic: same text and vocabulary, same tags in the same order.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import Article
from .poscut import pos_cut
from .surnames import DOUBLE_SURNAMES, SURNAMES
from .vocabulary import KINDS, Vocabulary, load_vocabulary

PERSON, PLACE, ORG, TOPIC = KINDS  # 人物, 地点, 机构, 主题
POS_BY_KIND = {PERSON: "nr", PLACE: "ns", ORG: "nt", TOPIC: "n"}

STOPWORDS_FILE = Path(__file__).parent / "data" / "stopwords.txt"

MIN_TAGS, MAX_TAGS = 3, 8
# At most this many of each kind; topics fill what is left up to the limit.
_CAPS = {PERSON: 3, PLACE: 2, ORG: 2, TOPIC: 3}

# Where a word occurs counts: title block (title, kicker, subtitle) > lead paragraph > body.
_W_TITLE, _W_LEAD, _W_BODY = 4, 2, 1

_PERSON_POS = frozenset({"nr", "nrfg", "nrt"})
_PLACE_POS = frozenset({"ns"})
_ORG_POS = frozenset({"nt"})
_TOPIC_POS = frozenset({"n", "vn", "nz"})
_ENTITY_POS = _PERSON_POS | _PLACE_POS | _ORG_POS
_CANDIDATE_POS = _PERSON_POS | _PLACE_POS | _ORG_POS | _TOPIC_POS | _ENTITY_POS  # tags run() looks at
_GLUE_POS = frozenset({"n", "ng", "g", "nr", "nrt", "ns", "nt", "nz"})

# A dictionary word more frequent than this in jieba's corpus is a common word, not a name,
# even where jieba's dictionary tags it nr (智慧, 权威, 高峰, 华为, 柏林...).
_NAME_MAX_DICT_FREQ = 50
# Role nouns that introduce a person: 市长王立伟, 校长曹永军, 副总经理陈军军.
_ROLE_RE = re.compile(
    r"(?:书记|市长|县长|区长|省长|乡长|镇长|村长|主任|局长|厅长|部长|处长|科长|主席|总理|校长|院长|所长|站长|"
    r"社长|会长|队长|经理|董事长|总裁|主管|教授|医生|老师|教师|律师|警官|民警|村民|农民|负责人|创始人|"
    r"代表|委员|专家|工程师|秘书长|行长|馆长|园长|团长|总监|理事长)$"
)
_SENTENCE_RE = re.compile(r"[^。！？；]*[。！？；]?")
_ROLE_ANYWHERE_RE = re.compile(_ROLE_RE.pattern.rstrip("$") + "[" + "".join(sorted(SURNAMES)) + "]")

# Places: an administrative suffix, or a province-level name, or the publication vocabulary.
_PLACE_SUFFIXES = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村")
_CANON_SUFFIXES = ("省", "市", "县", "区")  # stripped only where the vocabulary has the stem
_PROVINCES = frozenset({
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
    "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
})
# A stem more frequent than this in jieba's corpus is a common word: 开发区, 旅游区, 贫困县.
_COMMON_STEM_FREQ = 900
# Below this IDF a word is too common to be a place name on jieba's ns tag alone (城市 4.99, 中国 3.03).
_PLACE_MIN_IDF = 6.5

# Credits that are not content: 本报讯（记者 李雅萍）, （记者 付永文 通讯员 张三）, a closing （李芳 白小琴）.
_CREDIT_RE = re.compile(r"[（(][^（）()]{0,60}?(?:记者|通讯员|实习生|摄影|特约|供稿|编辑)[^（）()]{0,60}[）)]")
_DATELINE_RE = re.compile(r"^\s*本报[^，,。：:\s（(]{0,12}?(?:讯|电)")
_CLOSING_NAMES_RE = re.compile(r"^\s*[（(][\u4e00-\u9fff·\s、，,]{2,40}[）)]\s*$")
_MD_ESCAPE_RE = re.compile(r"\\(.)")
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
# Short quoted phrases and titles name slogans, campaigns, products and works, not people:
# “数谷吕梁·智赢未来”, 《人民日报》.
_QUOTED_RE = re.compile(r'“[^“”]{1,16}”|《[^《》]{1,40}》|「[^「」]{1,16}」|"[^"]{1,16}"')


@dataclass(frozen=True)
class Tag:
    name: str
    kind: str  # one of vocabulary.KINDS

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------------------------------------
# Stop list


def parse_stopwords(text: str) -> frozenset[str]:
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        words.update(w for w in line.split() if w)
    return frozenset(words)


@lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The stop list shipped with shuzibao (shuzibao/data/stopwords.txt)."""
    return parse_stopwords(STOPWORDS_FILE.read_text(encoding="utf-8"))


def load_tag_vocabulary(path: Path) -> Vocabulary:
    """content/tags.yml with the default stop list added to the publication's own."""
    return load_vocabulary(path, default_stopwords())


# ---------------------------------------------------------------------------------------------
# jieba, initialised once and lazily; one tokenizer per vocabulary, never jieba's global one


class _Jieba:
    """jieba's dictionary, POS table and IDF table, loaded once (about two seconds)."""

    _lock = threading.Lock()
    _base = None  # (Tokenizer, POSTokenizer, idf dict, median idf)

    @classmethod
    def base(cls):
        with cls._lock:
            if cls._base is None:
                import jieba
                import jieba.analyse
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                # jieba's own dictionary as its global tokenizer loads it (shuzibao only reads
                # that one, here and in shuzibao.clean.glyphs), and the POS table jieba.posseg
                # read from the same file on import: each file is loaded once per process.
                tokenizer = jieba.dt
                tokenizer.check_initialized()
                postok = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
                postok.tokenizer = tokenizer
                postok.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
                # jieba.analyse loads its IDF table on import; only the table is used here.
                idf, median = jieba.analyse.default_tfidf.idf_loader.get_idf()
                cls._base = (tokenizer, postok, idf, median)
            return cls._base


@dataclass(frozen=True)
class _Analyzer:
    postok: object
    base_freq: dict  # jieba's own dictionary: word -> corpus frequency
    base_pos: dict  # jieba's own dictionary: word -> POS tag (its words only; FREQ also has prefixes)
    idf: dict
    median_idf: float
    logp: dict = field(default_factory=dict)  # poscut's log-probabilities for postok's dictionary

    def cut(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        """jieba's HMM finds names its dictionary lacks but costs most of the time: with hmm
        False it still reads, sentence by sentence, those that name someone by role (书记龙秀梅)."""
        if hmm or not _ROLE_ANYWHERE_RE.search(text):
            # A sentence's end (。！？；) never falls inside one of jieba's blocks, so cutting a
            # text whole gives what cutting it sentence by sentence gives.
            return pos_cut(self.postok, self.logp, text, hmm)
        tokens = []
        for sentence in _SENTENCE_RE.findall(text):
            tokens.extend(pos_cut(self.postok, self.logp, sentence, bool(_ROLE_ANYWHERE_RE.search(sentence))))
        return tokens


def _vocabulary_words(vocabulary: Vocabulary) -> tuple[tuple[str, str], ...]:
    words = {tag: POS_BY_KIND[kind] for tag, kind in vocabulary.kinds.items()}
    for alias, tag in vocabulary.aliases.items():
        words[alias] = POS_BY_KIND[vocabulary.kind(tag)]
    return tuple(sorted(words.items()))


@lru_cache(maxsize=8)
def _analyzer(words: tuple[tuple[str, str], ...]) -> _Analyzer:
    import jieba
    import jieba.posseg

    base_tok, base_pos_tok, idf, median = _Jieba.base()
    # A private copy of the loaded dictionary, so that one vocabulary's words never leak into
    # another's results (jieba.add_word changes the tokenizer it is called on).
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(base_tok.FREQ)
    tokenizer.total = base_tok.total
    tokenizer.initialized = True
    postok = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    postok.tokenizer = tokenizer
    postok.word_tag_tab = dict(base_pos_tok.word_tag_tab)
    for word, pos in words:
        if len(word) >= 2:
            freq = max(tokenizer.suggest_freq(word, False), 1000)
            tokenizer.add_word(word, freq=freq, tag=pos)
    return _Analyzer(postok, base_tok.FREQ, base_pos_tok.word_tag_tab, idf, median)


def warm_up(vocabulary: Vocabulary | None = None) -> None:
    """Load jieba now rather than on the first article (e.g. before timing a build)."""
    _analyzer(_vocabulary_words(vocabulary or Vocabulary()))


# ---------------------------------------------------------------------------------------------
# Text


def _plain(text: str) -> str:
    """Markdown-escaped paragraph text back to plain text."""
    if "\\" in text:  # (most paragraphs escape nothing: the pattern is not run over them)
        text = _MD_ESCAPE_RE.sub(r"\1", text)
    return html.unescape(text)


def _strip_credits(paragraphs: Sequence[str]) -> list[str]:
    out = []
    for p in paragraphs:
        p = _plain(p)
        if _CLOSING_NAMES_RE.match(p):
            continue
        p = _CREDIT_RE.sub("", p)
        p = _DATELINE_RE.sub("", p).strip()
        if p:
            out.append(p)
    return out


@dataclass
class _Candidate:
    name: str
    kind: str
    weight: int = 0
    count: int = 0
    first: int = 1 << 30  # position of first occurrence, for stable ties
    in_title: bool = False
    after_role: bool = False
    in_vocabulary: bool = False
    free: int = 0  # topic occurrences not glued to a neighbouring one-character noun
    surfaces: set[str] = field(default_factory=set)

    def seen(self, surface: str, weight: int, position: int, in_title: bool) -> None:
        self.weight += weight
        self.count += 1
        self.first = min(self.first, position)
        self.in_title = self.in_title or in_title
        self.surfaces.add(surface)


@lru_cache(maxsize=65536)  # asked of every candidate token: an article's words come again and again
def _is_han(word: str) -> bool:
    return bool(_HAN_RE.match(word))


def _canonical_place(word: str, vocabulary: Vocabulary) -> str:
    canon = vocabulary.canonical(word)
    if canon != word:
        return canon
    for suffix in _CANON_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and vocabulary.kinds.get(stem) == PLACE:
            return stem
    return word


# What a word is in a vocabulary (its canonical form and kind; whether it is stopped; which
# branch of _Extractor.run takes it with its tag) is worked out once per word, not once per
# occurrence; keyed by the vocabulary's contents (which also decide the analyzer's dictionary).
_MEMOS: dict[tuple, tuple[dict, dict, dict]] = {}


def _vocabulary_memo(vocabulary: Vocabulary) -> tuple[dict, dict, dict]:
    key = (tuple(vocabulary.kinds.items()), tuple(vocabulary.aliases.items()), vocabulary.stop)
    memo = _MEMOS.get(key)
    if memo is None:
        if len(_MEMOS) >= 8:
            _MEMOS.clear()
        memo = _MEMOS[key] = ({}, {}, {})
    return memo


# The branches of _Extractor.run a token may take, decided by its word and POS tag alone.
_NOTHING, _IN_VOCABULARY, _A_PERSON, _A_PLACE, _AN_ORG, _A_TOPIC = range(6)
_MAX_CLASSES = 200_000  # (word, tag) pairs remembered per vocabulary; a long-lived process starts afresh


class _Extractor:
    def __init__(self, vocabulary: Vocabulary, analyzer: _Analyzer, exclude: frozenset[str]):
        self.vocab = vocabulary
        self.an = analyzer
        self.exclude = exclude
        self._canon, self._stop, self._classes = _vocabulary_memo(vocabulary)

    # -- what a word can be ---------------------------------------------------------------

    def canonical(self, word: str) -> tuple[str, str | None]:
        """The word's canonical form (_canonical_place) and that form's kind in the vocabulary."""
        hit = self._canon.get(word)
        if hit is None:
            canon = _canonical_place(word, self.vocab)
            hit = self._canon[word] = (canon, self.vocab.kinds.get(canon))
        return hit

    def vocab_kind(self, word: str) -> str | None:
        return self.canonical(word)[1]

    def stopped(self, word: str) -> bool:
        return self.stopped_in_vocabulary(word) or word in self.exclude

    def stopped_in_vocabulary(self, word: str) -> bool:
        """stopped, but for this article's own exclusions (its authors)."""
        stop = self._stop.get(word)
        if stop is None:
            stop = self._stop[word] = len(word) < 2 or self.vocab.is_stopped(word)
        return stop

    def looks_like_name(self, word: str) -> bool:
        if not (2 <= len(word) <= 4) or not _is_han(word):
            return False
        if word[:2] in DOUBLE_SURNAMES:
            if len(word) < 3:
                return False
        elif word[0] not in SURNAMES or len(word) > 3:
            return False
        return self.an.base_freq.get(word, 0) <= _NAME_MAX_DICT_FREQ

    def looks_like_place(self, word: str, pos: str) -> bool:
        if not _is_han(word) or len(word) < 2:
            return False
        if word in _PROVINCES:
            return True
        if word.endswith(_PLACE_SUFFIXES):
            # 方山县, 吕梁市; a two-character one (临县) only where jieba's dictionary has it as a
            # place. jieba's own tags for longer ones are unreliable (交口县 n, 石楼县 nr), so it
            # is the stem that decides: a common word before the suffix makes a common noun
            # (开发区, 保护区, 示范县), a rare word or a place name makes a place (大同市).
            if len(word) == 2:
                return self.an.base_pos.get(word) == "ns"
            stem = word[:-1]
            return self.an.base_pos.get(stem) == "ns" or self.an.base_freq.get(stem, 0) < _COMMON_STEM_FREQ
        return pos in _PLACE_POS and word in self.an.base_pos and \
            self.an.idf.get(word, self.an.median_idf) >= _PLACE_MIN_IDF

    def looks_like_org(self, word: str) -> bool:
        return _is_han(word) and len(word) >= 4 and word in self.an.base_pos

    # -- the pass over the text -----------------------------------------------------------

    def classify(self, word: str, pos: str) -> tuple[int, str, str | None, bool]:
        """Which branch of run takes the token (word, pos), the name it is counted under, its kind
        in the vocabulary, and whether the vocabulary's stop list (not the article's exclusions,
        which run checks) keeps it out; for a topic, also whether it is no dictionary word or no
        Han word of two characters or more (counted towards the total, never a tag itself)."""
        canon, vkind = self.canonical(word)
        stopped = self.stopped_in_vocabulary
        if vkind is not None:
            return _IN_VOCABULARY, canon, vkind, stopped(canon) or stopped(word)
        if pos not in _CANDIDATE_POS and not word.endswith(_PLACE_SUFFIXES):
            return _NOTHING, word, None, True  # a verb, a particle, a mark: no branch takes it
        if pos in _PERSON_POS and self.looks_like_name(word):
            return _A_PERSON, word, None, stopped(word)
        if (pos in _PLACE_POS or word.endswith(_PLACE_SUFFIXES)) and self.looks_like_place(word, pos):
            return _A_PLACE, canon, None, stopped(canon) or stopped(word)
        if pos in _ORG_POS and self.looks_like_org(word):
            return _AN_ORG, word, None, stopped(word)
        if pos in _TOPIC_POS or (pos in _ENTITY_POS and word in self.an.base_pos
                                 and self.an.base_freq[word] > _NAME_MAX_DICT_FREQ):
            # Topics: nouns, and common words jieba's dictionary takes for names or places
            # (玉米 nr, 城市 ns); only words the dictionary knows, as the HMM's guesses at
            # new words are often fragments.
            known = _is_han(word) and len(word) >= 2 and word in self.an.base_pos
            return _A_TOPIC, word, None, not known or stopped(word)
        return _NOTHING, word, None, True

    def run(self, blocks: list[tuple[str, int, bool]], limit: int) -> list[Tag]:
        cands: dict[tuple[str, str], _Candidate] = {}
        topic_weight_total = 0
        position = 0
        classes = self._classes
        exclude = self.exclude
        if len(classes) > _MAX_CLASSES:
            classes.clear()

        def add(name: str, kind: str, surface: str, weight: int, in_title: bool, pos_: int) -> _Candidate:
            key = (name, kind)
            cand = cands.get(key)
            if cand is None:
                cand = cands[key] = _Candidate(name, kind)
            cand.seen(surface, weight, pos_, in_title)
            return cand

        for text, weight, in_title in blocks:
            # The headline and lead, where an article names its people, get jieba's full reading.
            tokens = self.an.cut(text, hmm=weight >= _W_LEAD)
            quoted = [m.span() for m in _QUOTED_RE.finditer(text)]
            prev = ""
            offset = 0
            for i, token in enumerate(tokens):
                word = token[0]
                position += 1
                start, offset = offset, offset + len(word)
                found = classes.get(token)
                if found is None:
                    found = classes[token] = self.classify(*token)
                branch, name, vkind, stopped = found
                if branch == _NOTHING:
                    prev = word
                    continue
                # the article's own exclusions (its authors) on top of the vocabulary's stop list
                stopped = stopped or (exclude and (name in exclude or word in exclude))
                nxt_word, nxt_pos = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
                if branch == _IN_VOCABULARY:
                    if not stopped:
                        cand = add(name, vkind, word, weight, in_title, position)
                        cand.in_vocabulary = True
                        if vkind == PERSON and _ROLE_RE.search(prev):
                            cand.after_role = True
                        if vkind == TOPIC:
                            topic_weight_total += weight
                    if vkind == PLACE and nxt_pos in _ORG_POS:
                        self._org_after_place(word, nxt_word, add, weight, in_title, position)
                elif branch == _A_PERSON:
                    if not stopped and not any(a < start and offset < b for a, b in quoted):
                        cand = add(word, PERSON, word, weight, in_title, position)
                        if _ROLE_RE.search(prev):
                            cand.after_role = True
                elif branch == _A_PLACE:
                    if not stopped:
                        add(name, PLACE, word, weight, in_title, position)
                        if nxt_pos in _ORG_POS:
                            self._org_after_place(word, nxt_word, add, weight, in_title, position)
                elif branch == _AN_ORG:
                    if not stopped:
                        add(word, ORG, word, weight, in_title, position)
                else:  # _A_TOPIC
                    topic_weight_total += weight
                    if not stopped:
                        cand = add(word, TOPIC, word, weight, in_title, position)
                        # 柏林 in 湫水柏林苑: glued to a one-character noun, part of a longer name
                        before_word, before_pos = tokens[i - 1] if i else ("", "")
                        glued = (len(before_word) == 1 and _is_han(before_word) and before_pos in _GLUE_POS) \
                            or (len(nxt_word) == 1 and _is_han(nxt_word) and nxt_pos in _GLUE_POS)
                        cand.free += not glued
                prev = word

        self._count_names(cands, blocks)
        return self._select(cands, max(topic_weight_total, 1), limit)

    def _org_after_place(self, place, org_word, add, weight, in_title, position) -> None:
        """临县 + 高级中学 -> 临县高级中学: a place followed by an organisation word names one."""
        name = place + org_word
        if _is_han(org_word) and len(org_word) >= 2 and not self.stopped(org_word) and not self.stopped(name):
            add(self.vocab.canonical(name), ORG, name, weight, in_title, position)

    def _count_names(self, cands: dict, blocks: list[tuple[str, int, bool]]) -> None:
        """Recount people by the string, not jieba's tokens: jieba may cut 李正印 as 李正 + 印
        in one sentence and not the next. A name inside a longer name that occurs as often
        (李正 in 李正印) is that longer name's fragment and goes."""
        people = [c for c in cands.values() if c.kind == PERSON]
        for cand in people:
            weight = count = 0
            for text, w, _ in blocks:
                n = sum(text.count(s) for s in cand.surfaces)
                weight += n * w
                count += n
            cand.weight, cand.count = max(weight, cand.weight), max(count, cand.count)
        for cand in people:
            for other in people:
                if other is not cand and cand.name in other.name and other.count >= cand.count:
                    cands.pop((cand.name, PERSON), None)
                    break

    # -- choosing -------------------------------------------------------------------------

    def _score(self, cand: _Candidate, total: int) -> float:
        if cand.kind != TOPIC:
            return float(cand.weight)
        idf = self.an.idf.get(cand.name, self.an.median_idf)
        score = cand.weight / total * idf
        return score * 1.5 if cand.in_vocabulary else score

    def _prominent(self, cand: _Candidate) -> bool:
        if cand.in_title or cand.count >= 2:
            return True
        if cand.kind == PERSON:
            return cand.after_role
        return cand.in_vocabulary and cand.kind != TOPIC and cand.weight >= _W_LEAD

    @staticmethod
    def _whole(cand: _Candidate) -> bool:
        return cand.kind != TOPIC or cand.in_vocabulary or cand.free > 0

    def _select(self, cands: dict, total: int, limit: int) -> list[Tag]:
        limit = max(1, limit)
        ranked: dict[str, list[_Candidate]] = {k: [] for k in KINDS}
        for cand in cands.values():
            ranked[cand.kind].append(cand)
        for group in ranked.values():
            scores = {c.name: self._score(c, total) for c in group}
            group.sort(key=lambda c: (-scores[c.name], c.first, c.name))

        chosen: dict[str, list[_Candidate]] = {k: [] for k in KINDS}

        def count() -> int:
            return sum(len(v) for v in chosen.values())

        def fits(cand: _Candidate) -> bool:
            if cand in chosen[cand.kind]:
                return False
            # one of 山西 / 山西省, of 直播 / 直播带货, of 高级中学 / 临县高级中学
            if any(cand.name in c.name or c.name in cand.name for c in chosen[cand.kind]):
                return False
            # a topic that is part of a name already chosen is that name's fragment
            return cand.kind != TOPIC or not any(
                cand.name in c.name for k in (PERSON, PLACE, ORG) for c in chosen[k])

        # People, places, organisations that stand out, leaving room for one topic; then topics.
        room = limit - (1 if ranked[TOPIC] and limit > 1 else 0)
        for kind in KINDS:
            if kind == TOPIC:
                room = limit
            for cand in ranked[kind]:
                if len(chosen[kind]) >= _CAPS[kind] or count() >= room:
                    break
                if self._prominent(cand) and fits(cand) and self._whole(cand):
                    chosen[kind].append(cand)
        # Fewer than three: take the next best, topics first.
        for kind in (TOPIC, PERSON, PLACE, ORG):
            for cand in ranked[kind]:
                if count() >= min(MIN_TAGS, limit):
                    break
                if fits(cand) and self._whole(cand):
                    chosen[kind].append(cand)
        return [Tag(c.name, c.kind) for kind in KINDS for c in chosen[kind]]


# ---------------------------------------------------------------------------------------------
# Public API


def suggest_tags(title: str, paragraphs: Sequence[str], vocabulary: Vocabulary, limit: int = MAX_TAGS, *,
                 kicker: str = "", subtitle: str = "", exclude: Iterable[str] = ()) -> list[Tag]:
    """Between 3 and `limit` tags for one article, people first, then places, organisations, topics.

    `paragraphs` may be Markdown-escaped body paragraphs (Article.paragraphs) or plain text.
    `exclude` names words that must not become tags, such as the article's authors (the
    reporter in 本报讯（记者 ...） is already left out). Fewer than 3 only for a text too short
    to have them.
    """
    analyzer = _analyzer(_vocabulary_words(vocabulary))
    body = _strip_credits(paragraphs)
    blocks: list[tuple[str, int, bool]] = []
    for head in (title, kicker, subtitle):
        head = _plain(head or "").strip()
        if head:
            blocks.append((head, _W_TITLE, True))
    for i, p in enumerate(body):
        blocks.append((p, _W_LEAD if i == 0 else _W_BODY, False))
    excluded = frozenset(str(e) for e in exclude)
    return _Extractor(vocabulary, analyzer, excluded).run(blocks, min(limit, MAX_TAGS))


def suggest_article_tags(article: Article, vocabulary: Vocabulary, limit: int = MAX_TAGS) -> list[Tag]:
    """suggest_tags for an Article: its title, kicker, subtitle and body; its authors excluded."""
    return suggest_tags(article.title, article.paragraphs, vocabulary, limit, kicker=article.kicker,
                        subtitle=article.subtitle, exclude=article.authors)


def merge_tags(editor_tags: Sequence[str], suggested: Sequence[Tag | str], vocabulary: Vocabulary | None = None,
               *, fill: bool = False, limit: int = MAX_TAGS) -> tuple[str, ...]:
    """The tags to write into an article's front matter.

    Tags the editor wrote are kept exactly, in their order, and come first; they are never
    dropped, whatever the limit or the stop list. By default suggestions are used only where
    the editor wrote none; with fill=True they are appended after the editor's (skipping any
    the editor already has, compared by canonical form) up to `limit` tags in all.
    """
    canonical = vocabulary.canonical if vocabulary is not None else (lambda t: t)
    out: list[str] = []
    seen: set[str] = set()
    for tag in editor_tags:
        tag = str(tag).strip()
        if tag and tag not in out:
            out.append(tag)
            seen.add(canonical(tag))
    if out and not fill:
        return tuple(out)
    for tag in suggested:
        name = tag.name if isinstance(tag, Tag) else str(tag)
        if len(out) >= max(limit, len(editor_tags)):
            break
        if canonical(name) not in seen:
            out.append(name)
            seen.add(canonical(name))
    return tuple(out)
