#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kinescope {

// "Find element" field: Enter (or the arrow) asks for the next match, Shift+Enter for the
// previous one; the owner reports "3 of 17" back through setStatus().
class SearchBar : public QWidget {
    Q_OBJECT

public:
    explicit SearchBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setStatus(const QString& status);
    QString status() const;
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void nextRequested(const QString& text);
    void previousRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    QLabel* m_status;
};

} // namespace kinescope
