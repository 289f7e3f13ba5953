#pragma once

#include "placement/PlacementFile.h"
#include "security/Session.h"
#include "widgets/FormDialog.h"

class QListWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 危险性评估: the factors ticked from the office's checklist (placement_risk_factor, which a
// county may replace), the prison's tier, the category it comes to (ticking a factor suggests
// 重点 until the officer picks the category), the reason and who assessed; saved through
// PlacementService::assessRisk, which sets the file's category.
class RiskDialog : public FormDialog {
    Q_OBJECT
public:
    RiskDialog(Database &db, const Session &session, const PlacementFile &file, QWidget *parent = nullptr);

    QListWidget *factorList() const { return m_factors; }
    QString factors() const;  // the ticked codes, comma-separated

private:
    void suggestCategory();

    QListWidget *m_factors;
    bool m_categoryPicked = false;
};

} // namespace ui
} // namespace sifa
