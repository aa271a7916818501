//! The clauses a procedure cites, against its edition (DOC-070 … DOC-074).

use super::FindingSink;
use crate::catalogue;
use crate::documents::model::ProcedureDocument;
use crate::documents::rules::{Counterparts, DocumentViolation as V};
use crate::text::{comparable, fold, Text};

/// A topic whose ISO 9001:2008 number means something else in 2015,
/// recognised by words of the procedure's title (folded).
struct MovedTopic {
    old: &'static str,
    new: &'static str,
    topic: Text,
    words: &'static [&'static str],
}

const MOVED_TOPICS: &[MovedTopic] = &[
    MovedTopic {
        old: "8.2.2",
        new: "9.2",
        topic: Text::new("đánh giá nội bộ", "internal audit"),
        words: &["danh gia noi bo"],
    },
    MovedTopic {
        old: "8.5.2",
        new: "10.2",
        topic: Text::new("hành động khắc phục", "corrective action"),
        words: &["khac phuc", "su khong phu hop"],
    },
    MovedTopic {
        old: "8.3",
        new: "8.7",
        topic: Text::new("kiểm soát sản phẩm không phù hợp", "control of nonconforming product"),
        words: &["san pham khong phu hop", "dau ra khong phu hop"],
    },
];

pub(super) fn clauses(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let Ok(edition) = catalogue::edition(&doc.edition) else {
        sink.emit("/edition", V::EditionUnknown { edition: doc.edition.trim().to_owned() });
        return;
    };
    // The folded title, only when a moved topic's old number is cited.
    let mut title: Option<String> = None;
    for (j, number) in doc.clauses.iter().enumerate() {
        if edition.clause(number).is_some() {
            // The 2008 number of a topic that moved, still a clause of 2015
            // (and 2026, which keeps its numbers) with another meaning:
            // cite the topic's new clause.
            if matches!(edition.id, "2015" | "2026") {
                let n = number.trim();
                let moved = MOVED_TOPICS.iter().filter(|t| t.old == n).find(|t| {
                    let title = title.get_or_insert_with(|| fold(&comparable(&doc.title)));
                    t.words.iter().any(|w| title.contains(w))
                });
                if let Some(t) = moved {
                    let v =
                        V::ClauseTopicMoved { clause: n.to_owned(), topic: t.topic, cite: t.new };
                    sink.emit(&format!("/clauses/{j}"), v);
                }
            }
            continue;
        }
        let pointer = format!("/clauses/{j}");
        let clause = number.trim().to_owned();
        // Cited in another edition's numbering? Suggest the equivalent.
        let other =
            catalogue::editions().iter().find(|e| e.id != edition.id && e.clause(number).is_some());
        match other
            .and_then(|o| catalogue::counterparts(number, o.id, edition.id).ok().map(|m| (o, m)))
        {
            Some((o, m)) => {
                let counterparts = Counterparts(
                    m.targets
                        .iter()
                        .map(|&t| (t, edition.clause(t).and_then(|c| c.title)))
                        .collect(),
                );
                sink.emit(
                    &pointer,
                    V::ClauseOldNumbering {
                        clause,
                        cited_in: o.id,
                        edition: edition.id,
                        counterparts,
                    },
                );
            }
            None => sink.emit(&pointer, V::ClauseUnknown { clause, edition: edition.id }),
        }
    }
}
