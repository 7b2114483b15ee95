#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace kinescope {

// Declared, not included (see player_panel.h).
struct StreamingSessionOptions;

// Every parameter of a streaming session (GetHLSStreamingSessionURL /
// GetDASHStreamingSessionURL): protocol, mode, clock, start/end, container (HLS), discontinuity
// mode (HLS), displayed fragment timestamps, displayed fragment numbers (DASH), Expires and the
// maximum number of fragments. The AWS defaults are preselected and labelled as such ("AWS
// default" shows what it resolves to); what does not apply is disabled, and what is invalid is
// explained by StreamingSessionOptions::validate() with OK disabled.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    explicit SessionDialog(QWidget* parent = nullptr);

    void setOptions(const StreamingSessionOptions& options);
    StreamingSessionOptions options() const;
    // Empty when the options are valid, else the sentence shown in the dialog.
    QString validationText() const;

    QComboBox* protocolBox() const { return m_protocol; }
    QComboBox* modeBox() const { return m_mode; }
    QComboBox* clockBox() const { return m_clock; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QCheckBox* endBox() const { return m_hasEnd; }
    QDateTimeEdit* endEdit() const { return m_end; }
    QComboBox* containerBox() const { return m_container; }
    QComboBox* discontinuityBox() const { return m_discontinuity; }
    QComboBox* displayTimestampBox() const { return m_displayTimestamp; }
    QComboBox* displayFragmentNumberBox() const { return m_displayNumber; }
    QSpinBox* expiresBox() const { return m_expires; }
    QCheckBox* maxFragmentsDefaultBox() const { return m_maxDefault; }
    QSpinBox* maxFragmentsBox() const { return m_maxFragments; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void refresh();

    QComboBox* m_protocol;
    QComboBox* m_mode;
    QComboBox* m_clock;
    QDateTimeEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_end;
    QLabel* m_rangeNote;
    QComboBox* m_container;
    QComboBox* m_discontinuity;
    QComboBox* m_displayTimestamp;
    QComboBox* m_displayNumber;
    QSpinBox* m_expires;
    QCheckBox* m_maxDefault;
    QSpinBox* m_maxFragments;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_refreshing = false;
};

} // namespace kinescope
