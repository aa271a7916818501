//! DOC-015: text typed in a pre-Unicode font encoding (TCVN3 or
//! VNI), pasted or imported into the record: "Quy tr×nh" shows as "Quy
//! trình" only in the old font. Said once per document, at the first such
//! field, with how many others are the same.

use super::{FindingSink, ProcedureDocument};
use crate::documents::rules::{DocumentViolation as V, Others};
use crate::text::{clamp, looks_legacy, Text};

pub(super) fn encoding(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    // The first field's place, name and text (cut), and the count of the
    // others.
    let mut first: Option<(String, Text, String)> = None;
    let mut others = 0;
    let mut see = |pointer: &dyn Fn() -> String, what: Text, text: &str| {
        if looks_legacy(text) {
            match first {
                None => first = Some((pointer(), what, clamp(text.trim()))),
                Some(_) => others += 1,
            }
        }
    };
    see(&|| "/title".into(), Text::new("Tên tài liệu", "The title"), &doc.title);
    for (field, what, text) in [
        ("/ownerUnit", Text::new("Đơn vị chủ trì", "The unit in charge"), &doc.owner_unit),
        ("/purpose", Text::new("Mục đích", "The purpose"), &doc.purpose),
        ("/scope", Text::new("Phạm vi", "The scope"), &doc.scope),
    ] {
        if let Some(text) = text {
            see(&|| field.into(), what, text);
        }
    }
    for (i, (role, _)) in super::ROLES.iter().enumerate() {
        let Some(s) = super::signature(doc, i) else { continue };
        for (part, what, text) in [
            ("name", Text::new("Họ tên người ký", "A signer's name"), &s.name),
            ("position", Text::new("Chức vụ người ký", "A signer's position"), &s.position),
        ] {
            if let Some(text) = text {
                see(&|| format!("/signatures/{role}/{part}"), what, text);
            }
        }
    }
    for (i, step) in doc.steps.iter().flatten().enumerate() {
        if let Some(a) = &step.action {
            let what = Text::new("Nội dung bước", "A step's action");
            see(&|| format!("/steps/{i}/action"), what, a);
        }
        if let Some(r) = &step.responsible {
            let what = Text::new("Người/bộ phận thực hiện bước", "A step's responsible");
            see(&|| format!("/steps/{i}/responsible"), what, r);
        }
    }
    if let Some((pointer, what, sample)) = first {
        sink.emit(&pointer, V::LegacyEncoding { what, sample, others: Others(others) });
    }
}
