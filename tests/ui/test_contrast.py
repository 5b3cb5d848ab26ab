"""Every text the app colours itself reaches WCAG AA contrast (4.5:1) in both themes.

Colour names, tag chips, muted labels, text on highlights and on the compare view's change
colours: computed from the palettes and the same alpha the painting uses, so a new colour that
makes text unreadable fails here.
"""

from __future__ import annotations

import pytest

from desktop.core.schema import DEFAULT_HIGHLIGHT_COLORS
from desktop.ui.reader.highlights import highlight_alpha
from desktop.ui.tags.dialogs import TAG_COLORS
from desktop.ui.theme import DARK, LIGHT, Palette, blend, contrast_ratio, readable_on

AA = 4.5
PALETTES = pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])


def test_the_contrast_formula_matches_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#f5d90a", "#f6f8fa") < 1.5  # the unreadable colour label of issue 11


@PALETTES
def test_plain_and_muted_text_read_on_every_surface(palette: Palette):
    for surface in (palette.background, palette.panel):
        assert contrast_ratio(palette.text, surface) >= AA
        assert contrast_ratio(palette.muted, surface) >= AA
    assert contrast_ratio(palette.chip_text, palette.chip) >= AA


@PALETTES
@pytest.mark.parametrize("selected", [False, True])
def test_text_reads_on_every_highlight_colour(palette: Palette, selected: bool):
    alpha = highlight_alpha(palette, selected=selected)
    for _slot, name, color in DEFAULT_HIGHLIGHT_COLORS:
        fill = blend(color, alpha, palette.background)
        assert contrast_ratio(palette.text, fill) >= AA, (name, fill)


@PALETTES
def test_a_tag_chip_reads_when_hovered_in_every_tag_colour(palette: Palette):
    for name, color in TAG_COLORS:
        assert contrast_ratio(readable_on(color, palette), color) >= AA, name


@PALETTES
def test_text_reads_on_the_compare_views_colours(palette: Palette):
    for fill in (palette.diff_insert, palette.diff_delete, palette.diff_change, palette.diff_change_strong, palette.diff_current):
        assert contrast_ratio(palette.text, fill) >= AA, fill
    assert contrast_ratio(palette.text, palette.highlight) >= AA  # search matches in the reader


@PALETTES
def test_text_reads_on_the_parallel_views_current_row_and_on_projected_highlights(palette: Palette):
    from desktop.ui.compare.parallel_editor import ROW_TINT
    from desktop.ui.reader.projection_marks import WASH_ALPHA

    assert contrast_ratio(palette.text, blend(palette.accent, ROW_TINT, palette.background)) >= AA
    for _slot, name, color in DEFAULT_HIGHLIGHT_COLORS:
        assert contrast_ratio(palette.text, blend(color, WASH_ALPHA, palette.background)) >= AA, name
    assert contrast_ratio(palette.text, palette.diff_delete) >= AA  # a drift badge's number
