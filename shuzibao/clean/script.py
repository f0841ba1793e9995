"""Patterns that read a page in either script: papers in Taiwan, Hong Kong and Macao print
traditional characters (記者, 報導, 電), the mainland's simplified ones (记者, 报道, 电). The
cleaner's patterns are written in simplified characters; `either_script` lets each of their
characters that has a traditional form match that form too. The text itself is never converted.
"""

from __future__ import annotations

import re

# The characters the cleaner's patterns use that print differently in traditional script.
_TRADITIONAL = dict(zip(
    "记报讯导摄电员闻实习见约图为编辑对责华发综评论专经济财际体视点题区乡兴县农简递读来选观笔随后语课讲问门贴务会网总广国时长书画绘制页"
    "转续详据历辆车达划机关联党团协办级线开启鸣谢丧讣认证号码热订阅费邮传场镇气温风预灯营业执话询",
    "記報訊導攝電員聞實習見約圖為編輯對責華發綜評論專經濟財際體視點題區鄉興縣農簡遞讀來選觀筆隨後語課講問門貼務會網總廣國時長書畫繪製頁"
    "轉續詳據歷輛車達劃機關聯黨團協辦級線開啟鳴謝喪訃認證號碼熱訂閱費郵傳場鎮氣溫風預燈營業執話詢",
    strict=True))


def either_forms(ch: str) -> str:
    """The character and its traditional form, where it has another: what `ch` in a pattern matches."""
    return ch + _TRADITIONAL[ch] if ch in _TRADITIONAL else ch


def either_script(pattern: str) -> str:
    """The regular expression `pattern` with each simplified character that has a traditional
    form matching either: `记者` becomes `[记記]者`; inside a class, `[报讯]` becomes `[报讯報訊]`."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        forms = either_forms(ch)
        if escaped or ch == "\\":
            out.append(ch)
            escaped = not escaped and ch == "\\"
        elif in_class:
            out.append(forms)
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        else:
            out.append(f"[{forms}]" if len(forms) > 1 else ch)
    return "".join(out)


def compile_either(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile of the pattern read in either script."""
    return re.compile(either_script(pattern), flags)

