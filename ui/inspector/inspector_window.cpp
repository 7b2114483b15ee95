#include "ui/inspector/inspector_window.h"

#include "ui/inspector/inspector_panel.h"

#include <QApplication>
#include <QMenuBar>

namespace kinescope {

InspectorWindow::InspectorWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_panel(new InspectorPanel(this)) {
    setCentralWidget(m_panel);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_panel->openAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(m_panel, &InspectorPanel::titleChanged, this, &InspectorWindow::updateTitle);
    updateTitle(QString());
    resize(1280, 820);
}

void InspectorWindow::updateTitle(const QString& file) {
    const QString base = tr("Kinescope — Inspector");
    setWindowTitle(file.isEmpty() ? base : tr("%1 — %2").arg(file, base));
}

} // namespace kinescope
