//! The page: head with inline CSS (A4 print), sections, tables, and the
//! Vietnamese way of writing numbers and dates.

use crate::text::Lang;

/// Escapes text for HTML element content and attribute values.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
@page{size:A4;margin:15mm}\
body{font-family:'Times New Roman',Times,serif;font-size:12pt;color:#111;max-width:180mm;margin:0 auto;padding:8mm 0}\
h1{font-size:16pt;text-align:center;text-transform:uppercase;margin:0 0 6mm}\
h2{font-size:13pt;margin:6mm 0 2mm;break-after:avoid}\
table{border-collapse:collapse;width:100%;margin:2mm 0;font-size:10.5pt}\
th,td{border:1px solid #999;padding:1.2mm 1.8mm;text-align:left;vertical-align:top}\
th{background:#eee}\
tr{break-inside:avoid}\
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:1mm 4mm;margin:2mm 0}\
dl.facts dt{font-weight:bold}dl.facts dd{margin:0}\
.verdict{padding:2mm 3mm;border-radius:1mm;font-weight:bold;margin:3mm 0}\
.verdict.ok{background:#e6f4ea;color:#0b6b2c}.verdict.no{background:#fdecea;color:#a31515}\
.rule{white-space:nowrap}.sev{display:inline-block;padding:0 1.5mm;border-radius:1mm;font-size:9.5pt;white-space:nowrap}\
.sev.error{background:#fdecea;color:#a31515}.sev.warning{background:#fff4e0;color:#8a5300}\
.sev.info{background:#e8f0fe;color:#1a4d9c}\
svg.chart{display:block;margin:2mm 0;break-inside:avoid}\
svg.chart text{font-family:inherit;font-size:9px;fill:#111}\
svg.chart rect.bar{fill:#2f6db3}svg.chart rect.track{fill:#eef2f7}\
footer{margin-top:8mm;font-size:9pt;color:#555;text-align:center}";

/// A page being written.
pub(super) struct Page {
    pub(super) lang: Lang,
    body: String,
    title: String,
    in_table: bool,
}

impl Page {
    pub(super) fn new(lang: Lang) -> Self {
        Page { lang, body: String::new(), title: String::new(), in_table: false }
    }

    /// The text in the page's language.
    pub(super) fn t(&self, vi: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(vi, en)
    }

    pub(super) fn title(&mut self, text: &str) {
        self.title = text.to_owned();
        self.body.push_str(&format!("<h1>{}</h1>\n", esc(text)));
    }

    pub(super) fn heading(&mut self, text: &str) {
        self.body.push_str(&format!("<h2>{}</h2>\n", esc(text)));
    }

    pub(super) fn para(&mut self, text: &str) {
        self.body.push_str(&format!("<p>{}</p>\n", esc(text)));
    }

    pub(super) fn bullets(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.body.push_str("<ul>\n");
        for i in items {
            self.body.push_str(&format!("<li>{}</li>\n", esc(i)));
        }
        self.body.push_str("</ul>\n");
    }

    pub(super) fn verdict(&mut self, ok: bool, yes: &str, no: &str) {
        let (class, text) = if ok { ("ok", yes) } else { ("no", no) };
        self.body.push_str(&format!("<p class=\"verdict {class}\">{}</p>\n", esc(text)));
    }

    /// Label–value pairs (values already written as text).
    pub(super) fn facts(&mut self, facts: &[(&str, String)]) {
        self.body.push_str("<dl class=\"facts\">\n");
        for (k, v) in facts {
            self.body.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", esc(k), esc(v)));
        }
        self.body.push_str("</dl>\n");
    }

    pub(super) fn table_start(&mut self, head: &[&str]) {
        self.body.push_str("<table>\n<thead><tr>");
        for h in head {
            self.body.push_str(&format!("<th>{}</th>", esc(h)));
        }
        self.body.push_str("</tr></thead>\n<tbody>\n");
        self.in_table = true;
    }

    /// One row of cells already escaped (they may hold markup).
    pub(super) fn row(&mut self, cells: &[String]) {
        self.body.push_str("<tr>");
        for c in cells {
            self.body.push_str(&format!("<td>{c}</td>"));
        }
        self.body.push_str("</tr>\n");
    }

    pub(super) fn table_end(&mut self) {
        self.body.push_str("</tbody>\n</table>\n");
        self.in_table = false;
    }

    /// A block of markup made elsewhere (a chart), written as it is.
    pub(super) fn markup(&mut self, html: &str) {
        self.body.push_str(html);
    }

    /// A count.
    pub(super) fn int(&self, x: f64) -> String {
        number(x, self.lang, 0)
    }

    /// A score or a figure with two decimals at most (66,67).
    pub(super) fn dec(&self, x: f64) -> String {
        number(x, self.lang, 2)
    }

    /// A percentage (66,67%).
    pub(super) fn pct(&self, x: f64) -> String {
        format!("{}%", number(x, self.lang, 2))
    }

    /// A date-time of the answer (`2026-02-27T17:00:00`) as people write
    /// it: 17:00 27/02/2026 in Vietnamese, 27/02/2026 17:00 in English.
    pub(super) fn datetime(&self, iso: &str) -> String {
        let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
        let mut parts = date.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_owned();
        };
        let day = format!("{d}/{m}/{y}");
        let hm = time.get(..5).unwrap_or("");
        match (self.lang, hm.is_empty()) {
            (_, true) => day,
            (Lang::Vi, false) => format!("{hm} {day}"),
            (Lang::En, false) => format!("{day} {hm}"),
        }
    }

    pub(super) fn finish(self) -> String {
        let lang = match self.lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        };
        let footer = self.lang.pick(
            "Lập bằng thư viện iso9001 (TCVN ISO 9001, Quyết định 19/2014/QĐ-TTg).",
            "Made with the iso9001 library (TCVN ISO 9001, Decision 19/2014/QĐ-TTg).",
        );
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{}<footer>{}</footer>\n</body>\n</html>",
            esc(&self.title),
            self.body,
            esc(footer)
        )
    }
}

/// `x` with at most `decimals` decimals, trailing zeros dropped; in
/// Vietnamese a decimal comma and dots between thousands (1.234,5).
pub(super) fn number(x: f64, lang: Lang, decimals: usize) -> String {
    let text = format!("{x:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, point) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_the_vietnamese_way() {
        assert_eq!(number(66.6667, Lang::Vi, 2), "66,67");
        assert_eq!(number(1234.5, Lang::Vi, 2), "1.234,5");
        assert_eq!(number(1234.5, Lang::En, 2), "1,234.5");
        assert_eq!(number(100.0, Lang::Vi, 2), "100");
        assert_eq!(number(-0.5, Lang::Vi, 2), "-0,5");
        let p = Page::new(Lang::Vi);
        assert_eq!(p.pct(66.666), "66,67%");
        assert_eq!(p.datetime("2026-02-27T17:00:00"), "17:00 27/02/2026");
        assert_eq!(Page::new(Lang::En).datetime("2026-02-27T17:00:00"), "27/02/2026 17:00");
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
