// Written by resources/templates/texts.py from resources/templates/*.json: do not edit.
#include "core/store/templates.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
const char *const kTexts[] = {
    QT_TRANSLATE_NOOP("Cairn::Template", "Professional services — IT roadmap"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Your firm"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "A firm of about 40 people (accountants, lawyers, engineers or consultants) in two "
        "offices, with client files that must stay confidential. A starter template: replace the "
        "names, dates and amounts with your own. The quarters follow the plan's first quarter; "
        "ends of support are examples, so enter your vendors' dates."),
    QT_TRANSLATE_NOOP("Cairn::Template", "IT budget"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Project money per quarter."),
    QT_TRANSLATE_NOOP("Cairn::Template", "IT coordinator"),
    QT_TRANSLATE_NOOP("Cairn::Template", "An office manager who coordinates IT part-time."),
    QT_TRANSLATE_NOOP("Cairn::Template", "IT service partner"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Managed service contract with hours for projects."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Protect client data"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Confidential files protected, access controlled, and every incident handled as the "
        "professional body requires."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Managing partner"),
    QT_TRANSLATE_NOOP("Cairn::Template", "No reportable data breach"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Keep systems supported"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Nothing the firm depends on runs out of vendor support."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Office manager"),
    QT_TRANSLATE_NOOP("Cairn::Template", "No unsupported system"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Work securely from anywhere"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Client meetings, home and the second office with the same files and phone."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Everyone can work remotely"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Bill more hours, chase fewer"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Time recorded as it happens, invoices out sooner, clients who pay online."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Finance partner"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Days to invoice 30 → 10"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Practice management (time and billing)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Business application"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Practice software vendor"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Document management"),
    QT_TRANSLATE_NOOP("Cairn::Template", "File server and NAS"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Infrastructure"),
    QT_TRANSLATE_NOOP("Cairn::Template", "on-premises"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Laptops"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Workplace"),
    QT_TRANSLATE_NOOP("Cairn::Template", "hardware"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Office phone system (PBX)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Communication"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Email and collaboration (cloud)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Backup appliance"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Cloud backup with a tested restore"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Back up mailboxes, documents and the practice database to a second location; test a "
        "restore every half year."),
    QT_TRANSLATE_NOOP("Cairn::Template", "backup"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Multi-factor sign-in and device management"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "MFA for every account; laptops enrolled, encrypted and updated centrally."),
    QT_TRANSLATE_NOOP("Cairn::Template", "security"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the laptops before end of support"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "Supported laptops with encryption, docking in both offices."),
    QT_TRANSLATE_NOOP("Cairn::Template", "end of support"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Upgrade practice management"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Move time and billing to the vendor's supported (cloud) version before the current one "
        "runs out."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the phone system with cloud telephony"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Numbers ported to a cloud phone service with softphones on laptops and mobiles."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Move document management to the cloud"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Client files move to a cloud document system with matter-based permissions; the file "
        "server is switched off."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Client portal for sharing documents"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "Clients upload and sign documents in a portal instead of email."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Record time as it happens"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Time captured from calendar, email and phone into practice management."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Security awareness training"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Short yearly training and phishing tests for everyone."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Professional indemnity renewal"),
    QT_TRANSLATE_NOOP("Cairn::Template", "The insurer asks about MFA, backups and training."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Retailer — IT roadmap"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Your shops"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "A retailer with three stores, a webshop and a small warehouse; one IT person and a web "
        "agency. A starter template: replace the names, dates and amounts with your own. The "
        "quarters follow the plan's first quarter; ends of support are examples, so enter your "
        "vendors' dates."),
    QT_TRANSLATE_NOOP("Cairn::Template", "IT project budget"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Project money per quarter; licences and support contracts are running costs."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Internal IT"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "One IT person, with a fifth of a colleague's time; day-to-day support comes first."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Web agency"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Builds and hosts the webshop under a yearly contract."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Sell seamlessly online and in store"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "One stock, one price and one customer across the stores and the webshop."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Owner"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Online share of revenue 10 % → 25 %"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Keep the tills running"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "No store stops selling because of IT: tills, payment and network supported and backed "
        "up."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Store operations"),
    QT_TRANSLATE_NOOP("Cairn::Template", "No trading hour lost"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Know and keep our customers"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "A loyalty programme and campaigns based on what people buy."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Marketing"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Repeat purchases 20 % → 30 %"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Protect card and customer data"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Meet the card schemes' rules (PCI DSS) and GDPR; pass the insurer's checks."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Clean PCI self-assessment"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Tills (POS software)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Store"),
    QT_TRANSLATE_NOOP("Cairn::Template", "POS vendor"),
    QT_TRANSLATE_NOOP("Cairn::Template", "store"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Payment terminals"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Payment provider"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Webshop platform"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Sales"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Open-source shop software"),
    QT_TRANSLATE_NOOP("Cairn::Template", "online"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Stock and purchasing (ERP)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Store Wi-Fi and network"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Network"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Back-office PCs"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Backup to a NAS in the office"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Email and office (cloud)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the payment terminals"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Terminals that the payment provider supports, with contactless and the current security "
        "rules."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Upgrade the tills to the supported POS version"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Upgrade the POS software and the till PCs in all stores, one store at a time, outside "
        "trading hours."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Upgrade the webshop to a supported version"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Move the shop to the platform's supported major version, with its extensions."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Off-site backups and a tested restore"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Backups of the ERP, the webshop and the office to a cloud copy, with a restore test every "
        "half year."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the back-office PCs"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Supported PCs with encryption and automatic updates."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Renew the store network and Wi-Fi"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Separate networks for tills, staff and guests; supported access points."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Multi-factor sign-in and device protection"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "MFA for every account and endpoint protection on tills and PCs."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Click & collect and returns in store"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Order online, collect or return in any store; stock reserved when ordered."),
    QT_TRANSLATE_NOOP("Cairn::Template", "One stock across stores and webshop"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "The webshop reads and reserves the stores' stock from the ERP in real time."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Loyalty programme"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "A loyalty card in the app and at the till, with points and personal offers."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Christmas trading freeze"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "No changes to tills or webshop from mid-November to early January."),
    QT_TRANSLATE_NOOP("Cairn::Template", "PCI self-assessment"),
    QT_TRANSLATE_NOOP("Cairn::Template", "The acquirer's yearly questionnaire."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Small business — IT roadmap"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Your company"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "A business of about 15 people with an office and a workshop; IT is looked after by the "
        "office manager and an outside IT partner. A starter template: replace the names, dates "
        "and amounts with your own. The quarters follow the plan's first quarter; ends of support "
        "are examples, so enter your vendors' dates."),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "What the business can spend on IT projects per quarter; running costs are separate."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Office manager and IT partner"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "About two days a week between the office manager and the IT partner."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Keep the business running"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "No lost day from an outage, a break-in or a lost laptop."),
    QT_TRANSLATE_NOOP("Cairn::Template", "No working day lost to IT"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Protect our data"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Backups that are tested, accounts that need more than a password, devices that are "
        "updated."),
    QT_TRANSLATE_NOOP("Cairn::Template", "A tested restore twice a year"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Work from anywhere"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "Files, email and the accounts on a laptop or phone, safely."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Everyone can work from home"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Spend less time on paperwork"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "Invoices, receipts and quotes handled once, not typed again."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Invoice handling 6 → 2 hours a week"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Office PCs"),
    QT_TRANSLATE_NOOP("Cairn::Template", "File server in the office"),
    QT_TRANSLATE_NOOP("Cairn::Template", "IT partner"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Backups on USB disks"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Firewall and router"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Accounting software"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Email and calendar (cloud)"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Website"),
    QT_TRANSLATE_NOOP("Cairn::Template", "Automated backups with an off-site copy"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Nightly backups of the PCs, the file server and the cloud mailboxes, with a copy outside "
        "the office."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Test a restore twice a year"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Restore a file, a mailbox and a whole PC from the backup and write down how long it "
        "took."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Turn on multi-factor sign-in for every account"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Email, accounting, the bank and remote access ask for a second factor."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the office PCs before end of support"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "New or upgraded PCs on a supported operating system, with disk encryption and automatic "
        "updates."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Move shared files to cloud storage"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Move the shares of the file server to cloud storage with the same folders and rights, "
        "then switch the server off."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Replace the firewall"),
    QT_TRANSLATE_NOOP(
        "Cairn::Template", "A supported firewall with updates, and a separate Wi-Fi for guests."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Upgrade the accounting software"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Move to the vendor's supported version (or its cloud edition) before the current one runs "
        "out."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Laptops and secure remote access"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Laptops for those who work away from the office, with the files in the cloud and no open "
        "ports."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Scan and file invoices automatically"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Invoices arrive in one mailbox, are read and filed into the accounting software for "
        "approval."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Online booking for customers"),
    QT_TRANSLATE_NOOP("Cairn::Template",
        "Customers book appointments on the website; bookings land in the shared calendar."),
    QT_TRANSLATE_NOOP("Cairn::Template", "Insurance renewal"),
    QT_TRANSLATE_NOOP("Cairn::Template", "The insurer asks for MFA and tested backups."),
};
} // namespace

QStringList templateTexts()
{
    QStringList list;
    for (const char *text : kTexts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace Cairn
