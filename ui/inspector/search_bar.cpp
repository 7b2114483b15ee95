#include "ui/inspector/search_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace kinescope {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setPlaceholderText(tr("Find element by name, ID or tag value (Enter: next)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    connect(next, &QToolButton::clicked, this, [this] { Q_EMIT nextRequested(text()); });
    connect(previous, &QToolButton::clicked, this, [this] { Q_EMIT previousRequested(text()); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
}

QString SearchBar::text() const {
    return m_edit->text().trimmed();
}

void SearchBar::setText(const QString& text) {
    m_edit->setText(text);
}

void SearchBar::setStatus(const QString& status) {
    m_status->setText(status);
}

QString SearchBar::status() const {
    return m_status->text();
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested(text());
            else
                Q_EMIT nextRequested(text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kinescope
