//! Horizontal bar charts as inline SVG: one `rect.bar` per value on a
//! light track, the label on the left and the value on the right, so the
//! page needs no script and prints as it shows.

use super::page::{esc, number, Page};

const WIDTH: f64 = 640.0;
const LABEL: f64 = 200.0;
const VALUE: f64 = 60.0;
const ROW: f64 = 18.0;

/// A chart with `id`, one bar per `(label, value)`; bars are scaled to
/// `max` (the largest value when absent); `show` writes a value.
fn bars(
    id: &str, bars: &[(String, f64)], max: Option<f64>, show: impl Fn(f64) -> String,
) -> String {
    let top =
        max.unwrap_or_else(|| bars.iter().map(|b| b.1).fold(0.0, f64::max)).max(f64::MIN_POSITIVE);
    let height = ROW * bars.len() as f64 + 4.0;
    let track = WIDTH - LABEL - VALUE;
    let mut out = format!(
        "<svg class=\"chart\" id=\"{}\" role=\"img\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
        esc(id)
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = 2.0 + ROW * i as f64;
        let w = (value / top).clamp(0.0, 1.0) * track;
        // Long labels (unit names) are cut; the full text is the tooltip.
        let short: String = label.chars().take(34).collect();
        let cut = if short.len() < label.len() { "…" } else { "" };
        out.push_str(&format!(
            "<g><title>{label}: {v}</title><text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{s}{cut}</text>\
             <rect class=\"track\" x=\"{LABEL}\" y=\"{y}\" width=\"{track}\" height=\"{h}\"/>\
             <rect class=\"bar\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{h}\"/>\
             <text x=\"{vx}\" y=\"{ty}\">{v}</text></g>\n",
            label = esc(label),
            v = esc(&show(*value)),
            lx = LABEL - 4.0,
            ty = y + ROW * 0.62,
            s = esc(&short),
            h = ROW - 5.0,
            vx = LABEL + track + 4.0,
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// A horizontal bar chart, values written in the page's language.
pub(super) fn chart(p: &mut Page, id: &str, bars: &[(String, f64)], max: Option<f64>) {
    let lang = p.lang;
    p.markup(&self::bars(id, bars, max, |x| number(x, lang, 2)));
}
