#include "app/dialogs/logoeditor.h"

#include "app/render/logo.h"
#include "core/domain/fieldvalue.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cairn {

namespace {
constexpr QSize kPreview(160, 48);
}

LogoEditor::LogoEditor(const QString &dataUrl, QWidget *parent)
    : QWidget(parent)
    , m_dataUrl(dataUrl)
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setMinimumSize(kPreview);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_choose->setToolTip(tr("A PNG or SVG picture of at most 1 MB, for the report's cover and "
                            "the foot of its pages"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview, 1);
    row->addWidget(m_choose);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    connect(m_choose, &QPushButton::clicked, this, &LogoEditor::choose);
    connect(m_remove, &QPushButton::clicked, this, &LogoEditor::clear);
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Choose a Logo"), {}, tr("Pictures (*.png *.svg);;All files (*)"));
    };
    showLogo();
}

QString LogoEditor::setFile(const QString &path)
{
    QString why;
    const auto url = Logo::fromFile(path, &why);
    m_problem->setText(why);
    m_problem->setVisible(!url);
    if (!url)
        return why;
    m_dataUrl = *url;
    showLogo();
    emit changed();
    return {};
}

void LogoEditor::clear()
{
    m_problem->hide();
    m_problem->clear();
    if (m_dataUrl.isEmpty())
        return;
    m_dataUrl.clear();
    showLogo();
    emit changed();
}

QString LogoEditor::problem() const
{
    return m_problem->text();
}

void LogoEditor::choose()
{
    const QString path = m_chooseFile ? m_chooseFile() : QString();
    if (!path.isEmpty())
        setFile(path);
}

void LogoEditor::showLogo()
{
    const Logo logo(m_dataUrl);
    m_remove->setEnabled(!m_dataUrl.isEmpty());
    if (logo.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No logo"));
        m_preview->setToolTip({});
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(kPreview * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    logo.paint(p, QRectF(QPointF(0, 0), QSizeF(kPreview)), Qt::AlignLeft | Qt::AlignVCenter, false);
    p.end();
    m_preview->setPixmap(pixmap);
    const PlanContent plan;
    m_preview->setToolTip(displayText(*schemaOf<PlanInfo>().field(u"logo"), m_dataUrl, {plan}));
}

} // namespace Cairn
