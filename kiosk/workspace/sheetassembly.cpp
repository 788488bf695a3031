#include "sheetassembly.h"

#include "crypto/machineprovisioning.h"
#include "identity/idnumber.h"
#include "identity/nationtable.h"
#include "operators/operatorstore.h"
#include "records/eligibilityrules.h"
#include "records/formshelf.h"
#include "records/recordstore.h"
#include "records/recordview.h"
#include "records/serialpool.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

namespace {
struct SheetAssemblyTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SheetAssembly)
};
} // namespace

QString documentTypeOf(const QString &idNumber)
{
    if (idNumber.startsWith(u"81"_s) || idNumber.startsWith(u"82"_s) || idNumber.startsWith(u"83"_s))
        return u"港澳台居民居住证"_s;
    if (idNumber.startsWith(u'9'))
        return u"外国人永久居留身份证"_s;
    return u"居民身份证"_s;
}

namespace {
// "138****0017": enough for the candidate to recognise, nothing for an onlooker to note.
QString maskedPhone(const QString &phone)
{
    return phone.isEmpty() ? phone : QString(std::max<qsizetype>(phone.size() - 4, 3), u'*') + phone.right(4);
}

void maskForScreen(CandidateIdentity &identity, Exchange::FrozenForm &form, const QDate &today)
{
    identity.name = maskedName(identity.name);
    identity.idNumber = IdNumber::parse(identity.idNumber, today).masked();
    // The birth date and the 户口 code would give back the digits the masked number hides.
    identity.birthDate = QDate();
    identity.address = identity.address.left(6) + u"……"_s;
    form.hukou.address = form.hukou.address.left(6) + u"……"_s;
    form.hukou.code = form.hukou.code.left(4) + QString(form.hukou.code.size() - 4, u'*');
    form.phone = maskedPhone(form.phone);
    for (Exchange::FrozenForm::ResumeRow &row : form.resume)
        row.witness = maskedName(row.witness);
    for (Exchange::FrozenForm::FamilyMember &member : form.family) {
        member.name = maskedName(member.name);
        member.workplace = member.workplace.left(4) + (member.workplace.size() > 4 ? u"……"_s : QString());
        member.phone = maskedPhone(member.phone);
    }
}
// The review's line: the finding with the category's name in the rules of its year, and who made it.
void reviewOnSheet(Workspace &workspace, const std::optional<EligibilityReview> &review, SheetCapture &capture)
{
    if (!review || !review->eligible()) {
        capture.eligibility = u"未记录"_s; // a record saved before reviews were recorded
        return;
    }
    const Result<EligibilityRules> rules = EligibilityRules::load(review->examYear);
    const CandidateCategory *category = rules ? rules->category(review->category) : nullptr;
    capture.eligibility = u"符合（%1）"_s.arg(category ? category->zh : review->category);
    const Result<std::optional<Operator>> reviewer = workspace.operatorStore().find(review->reviewedBy);
    capture.reviewer = reviewer && reviewer.value() ? reviewer.value()->displayName : QString();
    capture.reviewedAt = review->reviewedAt;
}
} // namespace

Result<RegistrationSheet> registrationSheetOf(
    Workspace &workspace, const QUuid &recordId, const QDateTime &printedAt, int copy, SheetUse use)
{
    const Result<std::optional<CandidateRecord>> record = workspace.records().find(recordId);
    if (!record)
        return record.failure();
    if (!record.value())
        return Failure { u"sheet.no-record"_s,
            [] { return SheetAssemblyTr::tr("This record is not at this point."); } };
    const Result<std::optional<Exchange::FrozenForm>> form = workspace.forms().form(recordId);
    if (!form)
        return form.failure();
    if (!form.value())
        return Failure { u"sheet.no-form"_s, [] {
                            return SheetAssemblyTr::tr(
                                "The province has not sent this candidate's frozen form yet, so the sheet cannot be "
                                "printed. Press Sync now; the forms arrive after registration closes.");
                        } };
    const Result<SheetTemplate> layout = SheetTemplate::forExamYear(form.value()->examYear);
    if (!layout)
        return layout.failure();
    const Result<std::optional<QByteArray>> photo = workspace.records().photo(recordId);
    if (!photo)
        return photo.failure();
    // A record past its retention keeps only the masked name and number, no photo: a sheet from
    // it would be blank where the candidate must check.
    if (!photo.value())
        return Failure { u"sheet.no-capture"_s, [] {
                            return SheetAssemblyTr::tr(
                                "This record no longer holds the candidate's photo and identity here (kept only "
                                "until the province's retention period ended), so its sheet cannot be printed at "
                                "this point. Ask the exam office.");
                        } };
    const Result<std::optional<Operator>> clerk = workspace.operatorStore().find(record.value()->createdBy);
    const Result<std::optional<EligibilityReview>> review = workspace.records().review(recordId);
    if (!review)
        return review.failure();

    CandidateRecord r = *record.value();
    SheetCapture capture;
    capture.nationName = workspace.nations().displayName(r.identity.nationCode, true);
    capture.documentType = r.identity.documentType == DocumentType::ResidentCard
        ? documentTypeOf(r.identity.idNumber)
        : documentTypeChineseName(r.identity.documentType);
    capture.entryMethod = r.entryMethod == EntryMethod::Card ? u"读卡"_s : u"手工录入"_s;
    capture.clerk = clerk && clerk.value() ? clerk.value()->displayName : QString();
    capture.capturedAt = r.createdAt;
    reviewOnSheet(workspace, review.value(), capture);
    capture.pointCode = MachineProvisioning(workspace.dataDir()).pointCode();
    capture.photo = QImage::fromData(*photo.value(), "JPEG");
    Exchange::FrozenForm shown = *form.value();
    if (use == SheetUse::Preview)
        maskForScreen(r.identity, shown, printedAt.date());
    return RegistrationSheet(layout.value(), sheetContent(shown, r.identity, capture, printedAt, copy));
}

} // namespace RegPoint::Kiosk
