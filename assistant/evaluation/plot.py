"""per_kind.png: case accuracy per kind, one panel per suite, one bar per retrieval mode."""

from __future__ import annotations

from pathlib import Path

from assistant.evaluation.runner import EvalRun
from assistant.evaluation.scoring import KIND_NAMES

_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei",
                 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK", "Source Han Sans", "Noto Serif CJK SC", "AR PL")


def _cjk_font() -> str | None:
    """A font family matplotlib can use for Chinese, registering what `fc-list :lang=zh` finds; None if none."""
    import shutil
    import subprocess

    from matplotlib import font_manager

    def pick() -> str | None:
        names = sorted({f.name for f in font_manager.fontManager.ttflist})
        return next((n for prefix in _CJK_FAMILIES for n in names if n.startswith(prefix)), None)

    found = pick()
    if found or not shutil.which("fc-list"):
        return found
    try:  # matplotlib's font cache may predate the fonts, and older versions skip .ttc files
        listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for path in sorted({line.split(":")[0].strip() for line in listing.splitlines() if line.strip()}):
        try:
            font_manager.fontManager.addfont(path)
        except Exception:  # noqa: BLE001 - an unreadable font is simply not used
            continue
    return pick()


def plot_per_kind(run: EvalRun, path: Path) -> None:
    """Bar chart per suite: case accuracy per kind for each mode it ran (n/a where a kind has no cases)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    suites = run.metrics["suites"]
    font = _cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    fig, axes = plt.subplots(len(suites), 1, figsize=(12, 3.2 * len(suites)), squeeze=False)
    for ax, (name, figures) in zip(axes[:, 0], suites.items()):
        modes = list(figures["modes"])
        kinds = list(figures["modes"][figures["main_mode"]]["per_kind"])
        width = 0.8 / len(modes)
        for j, mode in enumerate(modes):
            values = [figures["modes"][mode]["per_kind"][k]["metrics"]["case_accuracy"] for k in kinds]
            xs = [i + (j - (len(modes) - 1) / 2) * width for i in range(len(kinds))]
            ax.bar(xs, [v or 0 for v in values], width, label=mode)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("case accuracy")
        ax.set_title(name, fontsize=10)
        ax.grid(axis="y", alpha=0.3)
        ax.set_xticks(range(len(kinds)))
        # no CJK font: English kind names only, so the chart has no tofu boxes
        ax.set_xticklabels([f"{k}\n{KIND_NAMES.get(k, '')}" if font else k for k in kinds], fontsize=8)
        ax.legend(ncol=len(modes), loc="lower right", fontsize=8)
    fig.suptitle("policy-qa eval: case accuracy per kind")
    fig.tight_layout(rect=(0, 0, 1, 0.98))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
