//! Human-readable output, in Vietnamese or English.

use std::fmt::Write;

use iso9001::catalogue::{
    ClauseRef, ClauseView, EditionDef, EditionView, Mapping, SearchHit, Transition, TreeEntry,
};
use iso9001::documents::NumberCheck;
use iso9001::rules::RuleView;
use iso9001::Lang;

/// "7.1.6 Tri thức của tổ chức"; when the standard leaves the clause
/// untitled, says so before our paraphrase ("4.4.1 (không có tiêu đề) –
/// …"), so the paraphrase is never read as a title.
fn label(number: &str, title: Option<&str>, summary: &str, lang: Lang) -> String {
    match title {
        Some(t) => format!("{number} {t}"),
        None => format!("{number} ({}) – {summary}", lang.pick("không có tiêu đề", "untitled")),
    }
}

fn clause_ref(c: &ClauseRef, lang: Lang) -> String {
    label(c.number, c.title, c.summary, lang)
}

pub fn clause(e: &EditionDef, v: &ClauseView, lang: Lang) -> String {
    let l = |vi, en| lang.pick(vi, en);
    let mut s = String::new();
    let _ = writeln!(s, "{}", label(v.number, v.title, v.summary, lang));
    if v.title.is_some() && lang == Lang::Vi && !v.title_vi_confirmed {
        let _ = writeln!(s, "  (tiêu đề tiếng Việt chưa được đối chiếu với văn bản TCVN)");
    }
    let _ = writeln!(s, "{}: {}", l("Phiên bản", "Edition"), e.display_name());
    let assess = if v.assessable {
        l("có thể đánh giá", "assessable")
    } else {
        l("không đánh giá riêng", "not assessable")
    };
    let _ = writeln!(s, "{}: {}, {}", l("Loại", "Kind"), v.kind.label(lang), assess);
    let _ = writeln!(s, "{}: {}", l("Tóm tắt", "Summary"), v.summary);
    let parent = v.parent.as_ref().map_or_else(|| "—".to_owned(), |p| clause_ref(p, lang));
    let _ = writeln!(s, "{}: {}", l("Thuộc điều khoản", "Parent"), parent);
    if v.children.is_empty() {
        let _ = writeln!(s, "{}: —", l("Các điều khoản con", "Children"));
    } else {
        let _ = writeln!(s, "{}:", l("Các điều khoản con", "Children"));
        for c in &v.children {
            let _ = writeln!(s, "  {}", clause_ref(c, lang));
        }
    }
    if v.documented_information.is_empty() {
        let _ = writeln!(s, "{}: —", l("Thông tin dạng văn bản", "Documented information"));
    } else {
        let _ = writeln!(s, "{}:", l("Thông tin dạng văn bản", "Documented information"));
        // One bracket, no parentheses nested in it: "[duy trì – tài liệu;
        // luôn yêu cầu; thủ tục dạng văn bản bắt buộc]".
        for d in &v.documented_information {
            let mandatory = d.mandatory.map(|m| format!("; {}", m.label(lang))).unwrap_or_default();
            let _ = writeln!(
                s,
                "  - {} [{}; {}{mandatory}]",
                d.what,
                d.kind.label(lang),
                d.condition.label(lang)
            );
        }
    }
    for a in &v.amendments {
        let what = if a.adds_requirement {
            l("thêm yêu cầu", "adds a requirement")
        } else {
            l("thêm chú thích", "adds a note")
        };
        let _ = writeln!(s, "{} ({what}): {}", a.amendment, a.summary);
    }
    for c in &v.changes {
        let what = if c.adds_requirement {
            l("thêm yêu cầu", "adds a requirement")
        } else {
            l("không thêm yêu cầu", "no new requirement")
        };
        let since = l("Thay đổi so với phiên bản", "Changed since");
        let _ = writeln!(s, "{since} {} ({what}): {}", c.since, c.summary);
    }
    s
}

pub fn search(query: &str, hits: &[SearchHit], lang: Lang) -> String {
    let mut s = String::new();
    if hits.is_empty() {
        let _ = writeln!(
            s,
            "{} \"{query}\"",
            lang.pick("Không tìm thấy kết quả cho", "No results for")
        );
        return s;
    }
    for h in hits {
        let _ = writeln!(s, "ISO 9001:{}  {}", h.edition, clause_ref(&h.clause, lang));
    }
    let _ = writeln!(s, "{} {}", hits.len(), lang.pick("kết quả", "result(s)"));
    s
}

pub fn mapping(m: &Mapping, lang: Lang) -> String {
    let mut s = String::new();
    let _ =
        writeln!(s, "ISO 9001:{} {}  →  ISO 9001:{}", m.from, clause_ref(&m.clause, lang), m.to);
    if m.targets.is_empty() {
        let _ = writeln!(s, "  {}", m.basis.label(lang));
    }
    for t in &m.targets {
        let _ = writeln!(s, "  {}", clause_ref(t, lang));
    }
    let mut basis = m.basis.label(lang).to_owned();
    if let Some(via) = m.via {
        basis.push_str(&format!(" {via}"));
    }
    let _ = writeln!(
        s,
        "{}: {basis}; {}: {}",
        lang.pick("Cơ sở đối chiếu", "Basis"),
        lang.pick("nguồn", "source"),
        m.sources.join("; ")
    );
    s
}

pub fn tree(e: &EditionDef, tree: &[TreeEntry], lang: Lang) -> String {
    let mut s = format!("{}\n", e.display_name());
    for entry in tree {
        let indent = "  ".repeat(usize::from(entry.depth.saturating_sub(1)));
        let _ = writeln!(s, "{indent}{}", clause_ref(&entry.clause, lang));
    }
    s
}

pub fn editions(list: &[EditionView], lang: Lang) -> String {
    let mut s = String::new();
    for e in list {
        let national = if e.national_name.is_empty() {
            String::new()
        } else {
            format!(" / {}", e.national_name)
        };
        let default =
            if e.national_default { lang.pick("; mặc định", "; the default") } else { "" };
        let _ = writeln!(
            s,
            "{:<6} {}{national} ({}{default}; {}: {}; {} {})",
            e.id,
            e.name,
            e.status.label(lang),
            lang.pick("quốc tế", "internationally"),
            e.international_status.label(lang),
            e.clause_count,
            lang.pick("điều khoản", "clauses")
        );
        for a in &e.amendments {
            let _ = writeln!(s, "       + {a}");
        }
        let _ = writeln!(s, "       {}", e.note);
    }
    s
}

pub fn transition(t: &Transition, lang: Lang) -> String {
    let l = |vi, en| lang.pick(vi, en);
    let mut s = String::new();
    let _ = writeln!(s, "ISO 9001:{} → ISO 9001:{}", t.from, t.to);
    // The correlation table says where old content has a counterpart, not
    // that a requirement is met: the headings say only that.
    let clauses = l("điều khoản", "clause(s)");
    let _ = writeln!(
        s,
        "{}: {} {clauses}",
        l("Đã có nội dung tương ứng", "Corresponding content exists"),
        t.covered.len()
    );
    for c in &t.covered {
        let _ = writeln!(s, "  {}  ← {}", clause_ref(&c.clause, lang), c.from.join(", "));
    }
    let _ = writeln!(
        s,
        "{}: {} {clauses}",
        l("Chưa có nội dung tương ứng (cần bổ sung)", "No corresponding content yet (to be added)"),
        t.uncovered.len()
    );
    for c in &t.uncovered {
        let new = if t.new_clauses.iter().any(|n| n.number == c.number) {
            l("  (nội dung mới)", "  (new content)")
        } else {
            ""
        };
        let _ = writeln!(s, "  {}{new}", clause_ref(c, lang));
    }
    if !t.changed.is_empty() {
        let _ = writeln!(
            s,
            "{}: {}",
            l("Điều khoản có thay đổi cần cập nhật", "Changed clauses to update"),
            t.changed.len()
        );
        for c in &t.changed {
            let mark = if c.adds_requirement {
                l(" (yêu cầu mới)", " (new requirement)")
            } else {
                ""
            };
            let _ = writeln!(s, "  {}{mark}: {}", clause_ref(&c.clause, lang), c.change);
        }
    }
    s
}

pub fn rules(rules: &[RuleView], lang: Lang) -> String {
    let mut s = String::new();
    // IDs differ in length (DOC-001, NC-001): pad to the longest.
    let width = rules.iter().map(|r| r.id.chars().count()).max().unwrap_or(0);
    for r in rules {
        let clause = r.clause.map(|c| format!(" [{c}]")).unwrap_or_default();
        let law = r.legal_basis.map(|l| format!(" ({l})")).unwrap_or_default();
        let (id, severity) = (r.id, r.severity.label(lang));
        let _ = writeln!(s, "{id:<width$}  {severity:<9} {}{clause}{law}", r.title);
    }
    s
}

pub fn docnumber(c: &NumberCheck, lang: Lang) -> String {
    let l = |vi, en| lang.pick(vi, en);
    let mut s = String::new();
    let Some(n) = &c.parsed else {
        let reason = c.reason.as_deref().unwrap_or_default();
        let _ = writeln!(s, "{} “{}”: {reason}", l("Sai thể thức", "Malformed"), c.input);
        return s;
    };
    let _ = writeln!(s, "{}: {}", l("Số", "Number"), n.number);
    if let Some(y) = n.year {
        let _ = writeln!(s, "{}: {y}", l("Năm", "Year"));
    }
    let ty = match (n.doc_type, n.type_name) {
        (Some(a), Some(name)) => format!("{a} ({name})"),
        (None, Some(name)) => name.to_owned(),
        _ => l("công văn (không có tên loại)", "official letter (no type)").to_owned(),
    };
    let _ = writeln!(s, "{}: {ty}", l("Loại", "Type"));
    // 30/2020/NĐ-CP: the symbol names the issuing body and, after a
    // hyphen, the drafting unit (UBND-VP: UBND issues, VP drafted).
    if n.issuer.contains('-') {
        let label = l("Ký hiệu", "Symbol");
        let what = l("cơ quan ban hành – đơn vị soạn thảo", "issuing body – drafting unit");
        let _ = writeln!(s, "{label}: {} ({what})", n.issuer);
    } else {
        let _ = writeln!(s, "{}: {}", l("Cơ quan ban hành", "Issuer"), n.issuer);
    }
    s
}
