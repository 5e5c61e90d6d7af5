#include "ui/EvidenceViewer.h"

#include "evidence/CsvPreview.h"
#include "store/ProjectStore.h"
#include "ui/ChildSignals.h"
#include "ui/EvidenceModel.h"

#include <QBuffer>
#include <QEvent>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vv::ui {

using evidence::PreviewKind;

EvidenceViewer::EvidenceViewer(QWidget *parent)
    : QWidget(parent), m_highlighter(evidence::createHighlighter()), m_notice(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_message(new QLabel(this)), m_text(new SelfContainedText(this)),
      m_table(new QTableView(this)), m_csvModel(new CsvTableModel(this)), m_imageArea(new QScrollArea(this)),
      m_image(new QLabel(this)), m_pdfView(new QPdfView(this)), m_pdf(new QPdfDocument(this)),
      m_pdfBuffer(new QBuffer(this))
{
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Evidence is untrusted: no links are followed and nothing outside the shown text is loaded.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setLineWrapMode(QTextEdit::NoWrap);
    m_table->setModel(m_csvModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    for (QWidget *w : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_imageArea),
                       static_cast<QWidget *>(m_pdfView)})
        m_pages->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    retranslate();
    clear();
}

EvidenceViewer::~EvidenceViewer()
{
    m_highlighting.cancel();
    m_highlighting.wait();
    disconnectChildren(this);
}

void EvidenceViewer::setHighlighter(std::shared_ptr<const evidence::Highlighter> highlighter)
{
    m_highlighter = std::move(highlighter);
}

qint64 EvidenceViewer::capFor(PreviewKind kind)
{
    switch (kind) {
    case PreviewKind::Text: return maxTextBytes;
    case PreviewKind::Csv: return maxCsvBytes;
    case PreviewKind::Image: return maxImageBytes;
    case PreviewKind::Pdf: return maxPdfBytes;
    case PreviewKind::None: return 0;
    }
    return 0;
}

void EvidenceViewer::retranslate()
{
    m_text->setAccessibleName(tr("Content of the evidence item"));
    m_table->setAccessibleName(tr("Table view of the evidence item"));
    m_imageArea->setAccessibleName(tr("Image of the evidence item"));
    m_pdfView->setAccessibleName(tr("PDF view of the evidence item"));
    m_notice->setAccessibleName(tr("Preview notice"));
}

void EvidenceViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The colours follow the palette: show the item again with the new theme.
    if (event->type() == QEvent::PaletteChange && !m_empty && m_kind == PreviewKind::Text)
        showItem(m_item, m_content);
    QWidget::changeEvent(event);
}

evidence::Highlighter::Theme EvidenceViewer::theme() const
{
    return palette().color(QPalette::Base).lightness() < 128 ? evidence::Highlighter::Theme::Dark
                                                             : evidence::Highlighter::Theme::Light;
}

void EvidenceViewer::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString EvidenceViewer::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void EvidenceViewer::clear()
{
    m_highlighting.drop(); // its colours are for the item shown before
    m_empty = true;
    m_kind = PreviewKind::None;
    m_item = {};
    m_content.clear();
    setNotice({});
    m_pdf->close();
    m_message->setText(tr("Select an item to see its content."));
    m_pages->setCurrentWidget(m_message);
}

bool EvidenceViewer::isShowingNothing() const
{
    return m_pages->currentWidget() == m_message;
}

void EvidenceViewer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

QString EvidenceViewer::textHtml() const
{
    return m_text->toHtml();
}

QSize EvidenceViewer::imageSize() const
{
    return m_image->pixmap().size();
}

int EvidenceViewer::pdfPageCount() const
{
    return m_pdf->pageCount();
}

void EvidenceViewer::showFromStore(const ProjectStore &store, const EvidenceItem &item)
{
    const PreviewKind kind = evidence::previewKindFor(item.mediaType, item.fileName);
    const qint64 cap = capFor(kind);
    if (kind == PreviewKind::None || (kind == PreviewKind::Pdf && item.size > cap)
        || (kind == PreviewKind::Image && item.size > cap)) {
        showItem(item, {});
        return;
    }
    auto head = store.readBlobHead(item.sha256, cap);
    if (!head) {
        clear();
        showMessage(head.error().toString());
        return;
    }
    showItem(item, *head);
}

void EvidenceViewer::showItem(const EvidenceItem &item, const QByteArray &content)
{
    clear();
    m_empty = false;
    m_item = item;
    m_content = content;
    m_kind = evidence::previewKindFor(item.mediaType, item.fileName);
    const QLocale locale;
    const bool partial = content.size() < item.size;
    switch (m_kind) {
    case PreviewKind::None:
        showMessage(tr("There is no preview for this kind of file (%1). Export it to open it in another program.")
                        .arg(item.mediaType));
        return;
    case PreviewKind::Text:
        showText(item, content, partial);
        return;
    case PreviewKind::Csv: {
        const evidence::CsvPreview preview = evidence::parseCsvPreview(evidence::decodeText(content));
        m_csvModel->setPreview(preview);
        m_pages->setCurrentWidget(m_table);
        if (partial || preview.truncated)
            setNotice(tr("Showing the first %n row(s) of %1. Export the item to see all of it.", nullptr,
                         static_cast<int>(preview.rows.size()))
                          .arg(locale.formattedDataSize(item.size)));
        return;
    }
    case PreviewKind::Image: {
        if (partial) {
            showMessage(tr("This image (%1) is too large to show here. Export it to open it in another program.")
                            .arg(locale.formattedDataSize(item.size)));
            return;
        }
        QBuffer buffer(&m_content);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            showMessage(tr("This image cannot be shown: %1").arg(reader.errorString()));
            return;
        }
        m_image->setPixmap(QPixmap::fromImage(image));
        m_image->setAccessibleDescription(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
        m_pages->setCurrentWidget(m_imageArea);
        return;
    }
    case PreviewKind::Pdf: {
        if (partial) {
            showMessage(tr("This PDF (%1) is too large to show here. Export it to open it in another program.")
                            .arg(locale.formattedDataSize(item.size)));
            return;
        }
        m_pdfBuffer->close();
        m_pdfBuffer->setData(m_content);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBuffer);
        if (m_pdf->status() == QPdfDocument::Status::Error) {
            showMessage(tr("This PDF cannot be shown (it may be damaged or protected by a password)."));
            return;
        }
        m_pages->setCurrentWidget(m_pdfView);
        return;
    }
    }
}

void EvidenceViewer::showText(const EvidenceItem &item, const QByteArray &content, bool partial)
{
    bool cut = false;
    const QByteArray shown = evidence::headForHighlighting(content, maxTextBytes, &cut).toByteArray();
    if (partial || cut)
        setNotice(tr("Showing the first %1 of %2. Export the item to see all of it.")
                      .arg(QLocale().formattedDataSize(shown.size()), QLocale().formattedDataSize(item.size)));
    // Plain text at once; the coloured version replaces it when the highlighter is done.
    m_highlighted = false;
    m_text->setHtml(evidence::plainTextHtml(evidence::decodeText(shown), theme()));
    m_pages->setCurrentWidget(m_text);
    if (!m_highlighter || !m_highlighter->isAvailable()) {
        Q_EMIT textReady();
        return;
    }
    const evidence::Highlighter::Request request{item.fileName, item.mediaType, shown, theme()};
    auto highlighter = m_highlighter;
    m_highlighting.drop();
    m_highlighting.start<HighlightOutcome>(
        [highlighter, request](const CancellationToken &cancel, const ProgressSink &) {
            HighlightOutcome out;
            auto r = highlighter->highlight(request, &cancel);
            out.ok = r.ok();
            if (r) {
                out.html = r->html;
                out.definition = r->definition;
            } else {
                out.error = r.error().toString();
            }
            return out;
        },
        [this](const HighlightOutcome &out) { showHighlighted(out); });
}

void EvidenceViewer::showHighlighted(const HighlightOutcome &out)
{
    if (out.ok) {
        m_text->setHtml(out.html);
        m_highlighted = true;
        m_text->setAccessibleDescription(tr("Highlighted as %1").arg(out.definition));
    }
    Q_EMIT textReady();
}

} // namespace vv::ui
