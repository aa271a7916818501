//! The procedure document (quy trình) and its register (danh mục tài liệu)
//! as portals hand them to us: JSON with camelCase fields.
//!
//! Unknown fields are refused (a typo must not silently drop data); fields
//! that real documents often lack are optional so that their absence is
//! reported as a finding pointing at the field, not as a parse error.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What kind of procedure a document is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ProcedureKind {
    /// A system procedure (quy trình hệ thống): document control, internal
    /// audit, corrective action …
    System,
    /// The procedure of an administrative procedure (quy trình giải quyết
    /// thủ tục hành chính, TTHC), with a statutory time limit.
    Tthc,
    /// An internal work procedure (quy trình nội bộ).
    #[default]
    Internal,
}

/// How a procedure is written down and approved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocumentForm {
    /// An ISO procedure: a header of its own (code, issue, dates), a
    /// signature grid and the sections purpose … records.
    #[default]
    Iso,
    /// A quy trình nội bộ giải quyết TTHC as the one-stop rules have it
    /// published (Nghị định 118/2025/NĐ-CP): an annex to the decision that
    /// approves it, with a title, the TTHC code, the time limit and the
    /// steps. The decision is its approval and distribution; it has no code,
    /// signature grid or other sections of its own to check.
    Annex,
}

impl DocumentForm {
    fn is_iso(&self) -> bool {
        *self == DocumentForm::Iso
    }
}

/// Where a document is in its life.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocStatus {
    /// Dự thảo.
    #[default]
    Draft,
    /// Đang xem xét.
    InReview,
    /// Đã phê duyệt, chưa hiệu lực.
    Approved,
    /// Đang hiệu lực.
    Effective,
    /// Bị thay thế by a later issue.
    Superseded,
    /// Bãi bỏ.
    Withdrawn,
}

impl DocStatus {
    /// Every status, in life-cycle order (for summaries).
    pub const ALL: [DocStatus; 6] = [
        DocStatus::Draft,
        DocStatus::InReview,
        DocStatus::Approved,
        DocStatus::Effective,
        DocStatus::Superseded,
        DocStatus::Withdrawn,
    ];

    /// Whether the document has been approved (approved, effective, or
    /// later superseded/withdrawn).
    pub const fn is_approved(self) -> bool {
        !matches!(self, DocStatus::Draft | DocStatus::InReview)
    }

    /// Whether the document is, or will be, in force (not superseded or
    /// withdrawn): the currency rules apply to it. History is not stale:
    /// a superseded issue citing a replaced decree is why the next issue
    /// exists.
    pub const fn is_current(self) -> bool {
        !matches!(self, DocStatus::Superseded | DocStatus::Withdrawn)
    }
}

/// One signature of the signature grid (họ tên, chức vụ, ngày).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signature {
    /// Full name (họ tên).
    #[serde(default)]
    pub name: Option<String>,
    /// Position (chức vụ), e.g. "Phó Giám đốc".
    #[serde(default)]
    pub position: Option<String>,
    /// Date of signature.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub date: Option<NaiveDate>,
    /// Signed on behalf of (KT. / TUQ. / TL.), e.g. "KT. Giám đốc":
    /// approval by delegation.
    #[serde(default)]
    pub on_behalf_of: Option<String>,
}

/// The signature grid: soạn thảo, xem xét, phê duyệt.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signatures {
    /// Người soạn thảo.
    #[serde(default)]
    pub drafted: Option<Signature>,
    /// Người xem xét / soát xét.
    #[serde(default)]
    pub reviewed: Option<Signature>,
    /// Người phê duyệt.
    #[serde(default)]
    pub approved: Option<Signature>,
}

/// What a reference (tài liệu viện dẫn) is, which decides how it is
/// checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ReferenceKind {
    /// A legal or administrative document (văn bản quy phạm pháp luật,
    /// văn bản hành chính): number/year/type-issuer.
    Legal,
    /// A standard: TCVN, ISO, IEC …
    Standard,
    /// A document of the agency's own QMS: a procedure code, a form.
    Internal,
    /// Anything else (a book, a web page).
    Other,
}

/// A reference of the procedure (tài liệu viện dẫn / căn cứ pháp lý): a
/// legal document, a standard, an internal document or other, as people
/// write them (the number alone, or the whole citation in prose).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalReference {
    /// Number and symbol, e.g. `19/2014/QĐ-TTg`, `TCVN ISO 9001:2015`,
    /// `QT.VP.01`, or the citation in prose ("Nghị định số 61/2018/NĐ-CP
    /// ngày 23/4/2018 của Chính phủ …").
    #[serde(default)]
    pub number: String,
    /// What the reference is; when absent it is recognised from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ReferenceKind>,
    /// Title (trích yếu).
    #[serde(default)]
    pub title: Option<String>,
    /// Issuing body, e.g. "Thủ tướng Chính phủ".
    #[serde(default)]
    pub issuer: Option<String>,
    /// Date of issue.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub date: Option<NaiveDate>,
}

pub use crate::duration::{Duration, DurationUnit};

/// One step of the procedure (Bước | Công việc | Trách nhiệm | Thời gian |
/// Biểu mẫu / Kết quả).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// Step number as written (Bước 1, 2 …).
    pub order: u32,
    /// What is done (công việc).
    #[serde(default)]
    pub action: Option<String>,
    /// Responsible unit or role (trách nhiệm).
    #[serde(default)]
    pub responsible: Option<String>,
    /// Time allowed (thời gian).
    #[serde(default)]
    pub duration: Option<Duration>,
    /// Codes of the forms used or produced (biểu mẫu), e.g. `BM-01`.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Result of the step (kết quả).
    #[serde(default)]
    pub output: Option<String>,
}

/// A form of the procedure (biểu mẫu).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Form {
    /// Code, e.g. `BM-01`.
    pub code: String,
    /// Title.
    #[serde(default)]
    pub title: Option<String>,
}

/// How long a record is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind", deny_unknown_fields)]
pub enum Retention {
    /// A number of years (counted from the year the task was completed,
    /// Thông tư 10/2022/TT-BNV).
    Years {
        /// Number of years.
        years: u32,
    },
    /// Vĩnh viễn.
    Permanent,
    /// The period a legal document sets for this kind of record ("Theo
    /// Thông tư số 10/2022/TT-BNV", the agency's own list of records): the
    /// keeper has to look it up.
    Reference {
        /// The document's number as written, e.g. `10/2022/TT-BNV`.
        document: String,
    },
}

/// A record to keep (hồ sơ cần lưu).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordSpec {
    /// What the record is.
    pub name: String,
    /// Who keeps it (trách nhiệm lưu).
    #[serde(default)]
    pub keeper: Option<String>,
    /// Where (nơi lưu).
    #[serde(default)]
    pub place: Option<String>,
    /// How long (thời gian lưu).
    #[serde(default, deserialize_with = "crate::interchange::whole_opt")]
    pub retention: Option<Retention>,
}

/// A term explained in the definitions section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Definition {
    /// Term or abbreviation, e.g. "TTHC".
    pub term: String,
    /// Meaning.
    pub meaning: String,
}

/// One row of the change log (bảng theo dõi sửa đổi).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangeEntry {
    /// Issue the change produced (lần ban hành / sửa đổi).
    pub issue: u32,
    /// Where in the document (vị trí).
    #[serde(default)]
    pub location: Option<String>,
    /// What changed (nội dung sửa đổi).
    #[serde(default)]
    pub change: Option<String>,
    /// When (ngày sửa đổi).
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub date: Option<NaiveDate>,
}

/// One line of the distribution list (nơi nhận: unit | copies).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Distribution {
    /// Receiving unit.
    pub unit: String,
    /// Number of copies (absent for electronic distribution).
    #[serde(default)]
    pub copies: Option<u32>,
}

/// A procedure document (quy trình), one issue of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProcedureDocument {
    /// Code (mã số), e.g. `QT.ĐK.07`; for an annex, the procedure's own
    /// code (ký hiệu) where the annex gives one, e.g. `QTCX-11`, else empty.
    #[serde(default)]
    pub code: String,
    /// Title (tên quy trình).
    #[serde(default)]
    pub title: String,
    /// The case of the procedure this document's steps and limit describe,
    /// when the TTHC has several, each with its own steps and limit
    /// ("Trường hợp phần diện tích tăng thêm chưa được cấp Giấy chứng
    /// nhận"): the cases of one procedure share its code and issue and are
    /// one procedure of the register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// System, TTHC or internal procedure.
    pub kind: ProcedureKind,
    /// An ISO procedure (the default) or an annex to a decision.
    #[serde(default, skip_serializing_if = "DocumentForm::is_iso")]
    pub form: DocumentForm,
    /// The decision the procedure was approved with ("Kèm theo Quyết định
    /// số …"), when the document names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<LegalReference>,
    /// Owning unit (đơn vị chủ trì).
    #[serde(default)]
    pub owner_unit: Option<String>,
    /// National TTHC code (mã TTHC trên Cơ sở dữ liệu quốc gia), for TTHC
    /// procedures.
    #[serde(default)]
    pub tthc_code: Option<String>,
    /// Edition of ISO 9001 the document is written against (default 2015).
    #[serde(default = "default_edition")]
    pub edition: String,
    /// Clauses the document addresses.
    #[serde(default)]
    pub clauses: Vec<String>,
    /// Issue number (lần ban hành), from 1.
    pub issue: u32,
    /// Date of issue (ngày ban hành).
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub issued_on: Option<NaiveDate>,
    /// Effective date (ngày hiệu lực).
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub effective_on: Option<NaiveDate>,
    /// Status.
    pub status: DocStatus,
    /// Signature grid.
    #[serde(default)]
    pub signatures: Signatures,
    /// 1. Mục đích.
    #[serde(default)]
    pub purpose: Option<String>,
    /// 2. Phạm vi.
    #[serde(default)]
    pub scope: Option<String>,
    /// 3. Tài liệu viện dẫn / cơ sở pháp lý.
    #[serde(default)]
    pub legal_basis: Option<Vec<LegalReference>>,
    /// 4. Định nghĩa và chữ viết tắt.
    #[serde(default)]
    pub definitions: Option<Vec<Definition>>,
    /// 5. Nội dung quy trình.
    #[serde(default)]
    pub steps: Option<Vec<Step>>,
    /// Statutory processing time of a TTHC (thời hạn giải quyết).
    #[serde(default)]
    pub statutory_limit: Option<Duration>,
    /// The law sets no processing time for this TTHC, and the procedure
    /// says so ("Thời hạn giải quyết: Không quy định"): no limit is asked
    /// for, and the steps are added up against none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_statutory_limit: bool,
    /// 6. Biểu mẫu.
    #[serde(default)]
    pub forms: Option<Vec<Form>>,
    /// 7. Hồ sơ cần lưu.
    #[serde(default)]
    pub records: Option<Vec<RecordSpec>>,
    /// Change log.
    #[serde(default)]
    pub change_log: Vec<ChangeEntry>,
    /// Distribution list.
    #[serde(default)]
    pub distribution: Vec<Distribution>,
    /// Date of the last periodic review.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub last_review: Option<NaiveDate>,
    /// Codes of other procedures this one refers to.
    #[serde(default)]
    pub references: Vec<String>,
}

fn default_edition() -> String {
    "2015".to_owned()
}

/// A document register: every issue of every document of an agency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Register {
    /// Agency name (optional, for reports).
    #[serde(default)]
    pub agency: Option<String>,
    /// The documents, every issue.
    pub documents: Vec<ProcedureDocument>,
}

crate::error::serde_name_display!(DocStatus, DocumentForm, ProcedureKind, ReferenceKind);
