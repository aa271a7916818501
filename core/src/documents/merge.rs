//! A register given with the files of its documents (a folder of Word
//! files and its danh mục): which file is which entry, and where they
//! disagree (REG-010).

use chrono::NaiveDate;

use super::model::{DocumentForm, ProcedureDocument};
use super::rules::{DocumentViolation as V, EntryName};
use crate::text::{comparable, Day, Text};

/// A register given together with the documents' own files: a file and a
/// register entry with the same code and issue are one document, whose
/// content is the file's (the register lists it; the file is it). Files
/// with no entry join the register; where a file and its entry disagree,
/// that is reported (REG-010), not a duplicate.
pub(crate) struct Merged {
    /// The register's documents, then the files that had no entry.
    pub documents: Vec<ProcedureDocument>,
    /// For each document, the index of the file it came from (`None`: only
    /// the register lists it).
    pub from_file: Vec<Option<usize>>,
    /// (register index, field, violation) of each disagreement.
    pub disagreements: Vec<(usize, &'static str, V)>,
}

pub(crate) fn merge(register: &[ProcedureDocument], files: &[ProcedureDocument]) -> Merged {
    // A document is its code and issue; a procedure of an annex, which has
    // no code of its own, its TTHC code and the decision approving it.
    let key = |d: &ProcedureDocument| {
        let code = comparable(&d.code);
        if !code.is_empty() || d.form == DocumentForm::Iso {
            return (code, d.issue, None);
        }
        let decision = d.decision.as_ref().map(|r| comparable(&r.number));
        let tthc = d.tthc_code.as_deref().map(|t| super::register::tthc_key(&comparable(t)));
        (code, d.issue, Some((tthc.filter(|t| !t.is_empty()), decision)))
    };
    let mut documents = register.to_vec();
    let mut from_file = vec![None; register.len()];
    let mut disagreements = Vec::new();
    // Each entry's key once, not once per file.
    let keys: Vec<_> = register.iter().map(key).collect();
    for (k, f) in files.iter().enumerate() {
        let at = key(f);
        // A document without a code is no entry's unless it is an annex's.
        let known = !at.0.is_empty() || at.2.as_ref().is_some_and(|(tthc, _)| tthc.is_some());
        // An entry not yet taken by another file; of the cases of one TTHC
        // under one decision ("cấp", "cấp lại"), the one of the same title.
        let free: Vec<usize> = (0..register.len())
            .filter(|&i| known && from_file[i].is_none() && keys[i] == at)
            .collect();
        let title = comparable(&f.title);
        let same_title = free.iter().copied().find(|&i| comparable(&register[i].title) == title);
        let Some(i) = same_title.or(free.first().copied()) else {
            documents.push(f.clone());
            from_file.push(Some(k));
            continue;
        };
        let entry = &register[i];
        documents[i] = f.clone();
        from_file[i] = Some(k);
        let date = |d: Option<NaiveDate>| d.map(|d| Day(d).to_string()).unwrap_or_default();
        let pairs: [(&'static str, Text, String, String, bool); 4] = [
            (
                "/status",
                Text::new("trạng thái", "the status"),
                f.status.to_string(),
                entry.status.to_string(),
                f.status == entry.status,
            ),
            (
                "/title",
                Text::new("tên tài liệu", "the title"),
                f.title.trim().to_owned(),
                entry.title.trim().to_owned(),
                comparable(&f.title) == comparable(&entry.title),
            ),
            (
                "/issuedOn",
                Text::new("ngày ban hành", "the issue date"),
                date(f.issued_on),
                date(entry.issued_on),
                f.issued_on == entry.issued_on,
            ),
            (
                "/effectiveOn",
                Text::new("ngày hiệu lực", "the effective date"),
                date(f.effective_on),
                date(entry.effective_on),
                f.effective_on == entry.effective_on,
            ),
        ];
        for (field, what, in_file, in_register, same) in pairs {
            if !same {
                let entry = match (&at.2, entry.tthc_code.as_deref()) {
                    // An annex's procedure is known by its TTHC and decision.
                    (Some(_), Some(tthc)) => EntryName::Annex {
                        tthc: tthc.trim().to_owned(),
                        decision: entry.decision.as_ref().map(|d| d.number.trim().to_owned()),
                    },
                    _ => {
                        EntryName::Coded { code: entry.code.trim().to_owned(), issue: entry.issue }
                    }
                };
                let v = V::FileDisagrees { entry, what, in_file, in_register };
                disagreements.push((i, field, v));
            }
        }
    }
    Merged { documents, from_file, disagreements }
}
