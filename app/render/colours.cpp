#include "app/render/colours.h"

#include <array>

namespace Cairn {

namespace Colours {

QColor kind(InitiativeKind kind)
{
    switch (kind) {
    case InitiativeKind::Run:
        return QColor(0x7f, 0x8c, 0x9d); // slate: keeping the lights on
    case InitiativeKind::Grow:
        return QColor(0x00, 0x72, 0xb2); // blue
    case InitiativeKind::Transform:
        return QColor(0x00, 0x9e, 0x73); // green
    }
    return neutral();
}

QColor status(InitiativeStatus status)
{
    switch (status) {
    case InitiativeStatus::Idea:
        return QColor(0xc3, 0xb1, 0xe1);
    case InitiativeStatus::Proposed:
        return QColor(0x56, 0xb4, 0xe9);
    case InitiativeStatus::Approved:
        return QColor(0x00, 0x72, 0xb2);
    case InitiativeStatus::InProgress:
        return QColor(0x00, 0x9e, 0x73);
    case InitiativeStatus::Done:
        return QColor(0x5b, 0x67, 0x70);
    case InitiativeStatus::Dropped:
        return QColor(0xbb, 0xbb, 0xbb);
    }
    return neutral();
}

QColor category(int index)
{
    static const std::array<QColor, 10> colours = {QColor(0x00, 0x72, 0xb2),
        QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
        QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0x6a, 0x3d, 0x9a),
        QColor(0x8c, 0x6d, 0x31), QColor(0x1b, 0x9e, 0x9e), QColor(0x99, 0x99, 0x33)};
    return colours[size_t(((index % 10) + 10) % 10)];
}

QColor neutral()
{
    return QColor(0xa0, 0xa7, 0xb0);
}
QColor late()
{
    return QColor(0xc8, 0x2a, 0x1e);
}
QColor endOfSupport()
{
    return QColor(0xb8, 0x3a, 0x14);
}
QColor milestone()
{
    return QColor(0x3d, 0x3d, 0x8f);
}

QColor utilisation(int percent)
{
    auto mix = [](const QColor &a, const QColor &b, double t) {
        t = std::clamp(t, 0.0, 1.0);
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
            float(a.greenF() + (b.greenF() - a.greenF()) * t),
            float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    const QColor idle(0xf1, 0xf4, 0xf1), green(0x9c, 0xd3, 0x9a), amber(0xf3, 0xc8, 0x5b),
        red(0xe0, 0x5a, 0x4f);
    if (percent <= 80)
        return mix(idle, green, percent / 80.0);
    if (percent <= 100)
        return mix(green, amber, (percent - 80) / 20.0);
    return percent <= 120 ? mix(amber, red, (percent - 100) / 20.0) : red;
}

QColor textOn(const QColor &background)
{
    const double l
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

} // namespace Colours

Theme Theme::print()
{
    Theme t;
    t.background = Qt::white;
    t.text = QColor(0x1f, 0x23, 0x28);
    t.mutedText = QColor(0x5f, 0x67, 0x70);
    t.grid = QColor(0xdd, 0xe1, 0xe6);
    t.laneHeader = QColor(0xf2, 0xf4, 0xf7);
    t.laneBand = QColor(0xf8, 0xf9, 0xfb);
    t.outsideHorizon = QColor(0xec, 0xee, 0xf1);
    t.today = QColor(0xd5, 0x5e, 0x00);
    t.accent = QColor(0x1a, 0x1a, 0x1a);
    t.arrow = QColor(0x6b, 0x74, 0x80);
    t.milestone = Colours::milestone();
    t.endOfSupport = Colours::endOfSupport();
    t.opaque = true;
    return t;
}

QColor Theme::solid(const QColor &colour, const QColor &under) const
{
    if (!opaque || colour.alpha() == 255)
        return colour;
    const qreal a = colour.alphaF();
    auto mix = [a](float c, float u) { return a * c + (1 - a) * u; };
    return QColor::fromRgbF(mix(colour.redF(), under.redF()), mix(colour.greenF(), under.greenF()),
        mix(colour.blueF(), under.blueF()));
}

Theme Theme::fromPalette(const QPalette &palette)
{
    Theme t = print();
    t.opaque = false;
    const QColor base = palette.color(QPalette::Base);
    t.dark = base.lightness() < 128;
    if (!t.dark)
        return t;
    t.background = base;
    t.text = palette.color(QPalette::Text);
    t.mutedText = t.text.darker(140);
    t.grid = base.lighter(170);
    t.laneHeader = base.lighter(130);
    t.laneBand = base.lighter(112);
    t.outsideHorizon = base.darker(130);
    t.accent = QColor(Qt::white);
    t.arrow = QColor(0xa0, 0xa8, 0xb4);
    t.milestone = QColor(0xa9, 0xa9, 0xf2);
    t.endOfSupport = QColor(0xf2, 0x80, 0x5a);
    return t;
}

} // namespace Cairn
