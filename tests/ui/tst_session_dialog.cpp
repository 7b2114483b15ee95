// SessionDialog: AWS defaults preselected (and "AWS default" resolved for the chosen clock and
// mode), every parameter reaches StreamingSessionOptions and its request body, what does not
// apply to a protocol or mode is disabled, invalid combinations disable Play with the sentence
// from StreamingSessionOptions::validate().
#include "core/kvs/streaming_session_options.h"
#include "ui/player/session_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace kinescope;

namespace {

void choose(QComboBox* box, int value) {
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

QPushButton* playButton(SessionDialog& d) {
    return d.buttons()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSessionDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void awsDefaults();
    void prefilledRange();
    void everyHlsParameter();
    void dashParameters();
    void invalidCombinations();
};

void TestSessionDialog::awsDefaults() {
    SessionDialog d;
    const StreamingSessionOptions o = d.options();
    const StreamingSessionOptions defaults;
    QCOMPARE(o.protocol, StreamingProtocol::Hls);
    QCOMPARE(o.mode, PlaybackMode::Live);
    QCOMPARE(o.clock, TimestampType::Server);
    QVERIFY(!o.startMs && !o.endMs);
    QCOMPARE(o.container, ContainerFormat::FragmentedMp4);
    QVERIFY(!o.discontinuity);
    QCOMPARE(o.displayTimestamp, DisplayMode::Never);
    QCOMPARE(o.displayFragmentNumber, DisplayMode::Never);
    QCOMPARE(o.expiresSeconds, defaults.expiresSeconds);
    QVERIFY(!o.maxFragments);
    QCOMPARE(o.toRequestBody(StreamRef::byName("s")),
             defaults.toRequestBody(StreamRef::byName("s")));
    QVERIFY(playButton(d)->isEnabled());

    // "AWS default" says what it resolves to: ALWAYS on the server clock, NEVER on the
    // producer clock; 5 fragments for LIVE, 1000 for ON_DEMAND.
    QVERIFY2(d.discontinuityBox()->itemText(0).contains("ALWAYS"),
             qPrintable(d.discontinuityBox()->itemText(0)));
    QVERIFY(d.maxFragmentsDefaultBox()->text().contains("5"));
    choose(d.clockBox(), int(TimestampType::Producer));
    QVERIFY2(d.discontinuityBox()->itemText(0).contains("NEVER"),
             qPrintable(d.discontinuityBox()->itemText(0)));
    choose(d.modeBox(), int(PlaybackMode::OnDemand));
    QVERIFY(d.maxFragmentsDefaultBox()->text().contains("1000"));
    QVERIFY(!d.maxFragmentsBox()->isEnabled());
    QCOMPARE(d.maxFragmentsBox()->value(), 1000);
    QVERIFY(!d.options().maxFragments); // still left to AWS
}

void TestSessionDialog::prefilledRange() {
    StreamingSessionOptions in;
    in.mode = PlaybackMode::OnDemand;
    in.startMs = 1763700000123;
    in.endMs = 1763700300456;
    SessionDialog d;
    d.setOptions(in);
    const StreamingSessionOptions o = d.options();
    QCOMPARE(o.mode, PlaybackMode::OnDemand);
    QCOMPARE(*o.startMs, *in.startMs);
    QCOMPARE(*o.endMs, *in.endMs);
    QVERIFY(d.endBox()->isChecked());
    QVERIFY(!d.endBox()->isEnabled()); // ON_DEMAND always has an end
    QVERIFY(d.validationText().isEmpty());
}

void TestSessionDialog::everyHlsParameter() {
    SessionDialog d;
    StreamingSessionOptions in;
    in.mode = PlaybackMode::OnDemand;
    in.startMs = 1763700000000;
    in.endMs = 1763700600000;
    d.setOptions(in);
    choose(d.protocolBox(), int(StreamingProtocol::Hls));
    choose(d.clockBox(), int(TimestampType::Producer));
    choose(d.containerBox(), int(ContainerFormat::MpegTs));
    choose(d.discontinuityBox(), int(DiscontinuityMode::OnDiscontinuity));
    choose(d.displayTimestampBox(), int(DisplayMode::Always));
    QVERIFY(!d.displayFragmentNumberBox()->isEnabled()); // DASH only
    d.expiresBox()->setValue(900);
    d.maxFragmentsDefaultBox()->setChecked(false);
    d.maxFragmentsBox()->setValue(200);
    QVERIFY(playButton(d)->isEnabled());

    const StreamingSessionOptions o = d.options();
    QCOMPARE(o.clock, TimestampType::Producer);
    QCOMPARE(o.container, ContainerFormat::MpegTs);
    QCOMPARE(o.discontinuity, DiscontinuityMode::OnDiscontinuity);
    QCOMPARE(o.displayTimestamp, DisplayMode::Always);
    QCOMPARE(o.expiresSeconds, 900);
    QCOMPARE(o.maxFragments, 200);
    const QJsonObject body = o.toRequestBody(StreamRef::byName("front-door"));
    QCOMPARE(body.value("PlaybackMode").toString(), QStringLiteral("ON_DEMAND"));
    QCOMPARE(body.value("ContainerFormat").toString(), QStringLiteral("MPEG_TS"));
    QCOMPARE(body.value("DiscontinuityMode").toString(), QStringLiteral("ON_DISCONTINUITY"));
    QCOMPARE(body.value("DisplayFragmentTimestamp").toString(), QStringLiteral("ALWAYS"));
    QCOMPARE(body.value("Expires").toInt(), 900);
    QCOMPARE(body.value("MaxMediaPlaylistFragmentResults").toInt(), 200);
    const QJsonObject selector = body.value("HLSFragmentSelector").toObject();
    QCOMPARE(selector.value("FragmentSelectorType").toString(),
             QStringLiteral("PRODUCER_TIMESTAMP"));
    const QJsonObject range = selector.value("TimestampRange").toObject();
    QCOMPARE(range.value("StartTimestamp").toDouble(), 1763700000.0);
    QCOMPARE(range.value("EndTimestamp").toDouble(), 1763700600.0);

    // Play accepts the dialog.
    QTest::mouseClick(playButton(d), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestSessionDialog::dashParameters() {
    SessionDialog d;
    choose(d.discontinuityBox(), int(DiscontinuityMode::Never));
    choose(d.containerBox(), int(ContainerFormat::MpegTs));
    choose(d.protocolBox(), int(StreamingProtocol::Dash));
    QVERIFY(!d.containerBox()->isEnabled());
    QVERIFY(!d.discontinuityBox()->isEnabled());
    QVERIFY(d.displayFragmentNumberBox()->isEnabled());
    choose(d.displayFragmentNumberBox(), int(DisplayMode::Always));
    choose(d.modeBox(), int(PlaybackMode::LiveReplay));
    d.endBox()->setChecked(false);
    d.maxFragmentsDefaultBox()->setChecked(false);
    d.maxFragmentsBox()->setValue(42);
    const StreamingSessionOptions o = d.options();
    QCOMPARE(o.protocol, StreamingProtocol::Dash);
    // What DASH does not have is not sent, whatever the disabled boxes still show.
    QCOMPARE(o.container, ContainerFormat::FragmentedMp4);
    QVERIFY(!o.discontinuity);
    QCOMPARE(o.displayFragmentNumber, DisplayMode::Always);
    QVERIFY(o.startMs && !o.endMs); // LIVE_REPLAY without an end
    QVERIFY2(o.validate().isEmpty(), qPrintable(o.validate()));
    const QJsonObject body = o.toRequestBody(StreamRef::byName("lobby"));
    QVERIFY(body.contains("DASHFragmentSelector"));
    QCOMPARE(body.value("DisplayFragmentNumber").toString(), QStringLiteral("ALWAYS"));
    QCOMPARE(body.value("MaxManifestFragmentResults").toInt(), 42);
    QVERIFY(!body.contains("ContainerFormat"));
    QVERIFY(!body.contains("DiscontinuityMode"));
    QVERIFY(!body.value("DASHFragmentSelector")
                 .toObject()
                 .value("TimestampRange")
                 .toObject()
                 .contains("EndTimestamp"));
}

void TestSessionDialog::invalidCombinations() {
    SessionDialog d;
    // LIVE: no range to edit.
    QVERIFY(!d.startEdit()->isEnabled());
    QVERIFY(!d.endEdit()->isEnabled());
    // ON_DEMAND with the end before the start: Play is disabled and the dialog says why.
    choose(d.modeBox(), int(PlaybackMode::OnDemand));
    QVERIFY(d.startEdit()->isEnabled() && d.endEdit()->isEnabled());
    d.endEdit()->setDateTime(d.startEdit()->dateTime().addSecs(-60));
    QVERIFY(!playButton(d)->isEnabled());
    QCOMPARE(d.validationText(), d.options().validate());
    QVERIFY(d.validationText().contains("later than the start"));
    // More than 24 hours.
    d.endEdit()->setDateTime(d.startEdit()->dateTime().addSecs(25 * 3600));
    QVERIFY(!playButton(d)->isEnabled());
    QVERIFY(d.validationText().contains("24 hours"));
    d.endEdit()->setDateTime(d.startEdit()->dateTime().addSecs(3600));
    QVERIFY(playButton(d)->isEnabled());
    QVERIFY(d.validationText().isEmpty());
    // The spin boxes cannot leave the API's limits.
    d.expiresBox()->setValue(10);
    QCOMPARE(d.expiresBox()->value(), StreamingSessionOptions::kMinExpires);
    d.maxFragmentsDefaultBox()->setChecked(false);
    d.maxFragmentsBox()->setValue(999999);
    QCOMPARE(d.maxFragmentsBox()->value(), int(StreamingSessionOptions::kMaxFragments));
}

QTEST_MAIN(TestSessionDialog)
#include "tst_session_dialog.moc"
