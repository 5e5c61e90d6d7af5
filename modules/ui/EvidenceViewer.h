#pragma once

#include "evidence/ContentType.h"
#include "evidence/Highlighter.h"
#include "store/EvidenceTable.h"
#include "ui/BackgroundJob.h"

#include <QWidget>

#include <memory>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace vv::ui {

class CsvTableModel;

/// The outcome of highlighting on a worker thread.
struct HighlightOutcome {
    bool ok = false;
    QString html;
    QString definition;
    QString error;
};

/// Shows an evidence item's content: text and code coloured by KDE's syntax definitions, CSV as a table, images,
/// PDFs. Content larger than the viewer takes is shown from its head, and the viewer says so.
class EvidenceViewer : public QWidget {
    Q_OBJECT
public:
    /// What the viewer reads at most, by kind of preview; larger items show their head (text, CSV) or nothing.
    static constexpr qint64 maxTextBytes = 1 << 20;
    static constexpr qint64 maxCsvBytes = 4 << 20;
    static constexpr qint64 maxImageBytes = 64 << 20;
    static constexpr qint64 maxPdfBytes = 128 << 20;

    explicit EvidenceViewer(QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    /// Shows item; content is its head as read from the store (up to the cap for its kind).
    void showItem(const EvidenceItem &item, const QByteArray &content);
    /// Shows nothing (no item selected, or the project closed).
    void clear();
    /// Reads the head of item from store and shows it; an error is shown in place of the content.
    void showFromStore(const ProjectStore &store, const EvidenceItem &item);

    /// The highlighter to use (the build's own by default); tests put a fake one in.
    void setHighlighter(std::shared_ptr<const evidence::Highlighter> highlighter);

    /// The cap for a kind of preview.
    static qint64 capFor(evidence::PreviewKind kind);

    // For tests and accessibility: what is shown now.
    evidence::PreviewKind currentKind() const { return m_kind; }
    bool isShowingNothing() const;
    QString notice() const;
    QString textHtml() const;
    bool isHighlighted() const { return m_highlighted; }
    CsvTableModel *csvModel() const { return m_csvModel; }
    QSize imageSize() const;
    int pdfPageCount() const;

Q_SIGNALS:
    /// Highlighting finished (or fell back to plain text) for the shown item.
    void textReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText(const EvidenceItem &item, const QByteArray &content, bool truncated);
    /// Replaces the plain text with the highlighter's colours, if it made them.
    void showHighlighted(const HighlightOutcome &out);
    void showMessage(const QString &text);
    void setNotice(const QString &text);
    evidence::Highlighter::Theme theme() const;
    void retranslate();

    std::shared_ptr<const evidence::Highlighter> m_highlighter;
    QLabel *m_notice;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QTextBrowser *m_text;
    QTableView *m_table;
    CsvTableModel *m_csvModel;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QPdfView *m_pdfView;
    QPdfDocument *m_pdf;
    QBuffer *m_pdfBuffer;
    BackgroundJob m_highlighting;
    EvidenceItem m_item;
    QByteArray m_content;
    evidence::PreviewKind m_kind = evidence::PreviewKind::None;
    bool m_highlighted = false;
    bool m_empty = true;
};

} // namespace vv::ui
