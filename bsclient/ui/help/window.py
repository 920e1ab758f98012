"""The help window: the contents (topics by group) and a search field on the left, the topic on the
right, in the clerk's language. One per window that asked for it, so it stays usable beside a modal
dialog; `show_help` opens it at a topic."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.ui.help.topics import GROUPS, TOPIC_IDS, TOPICS, title_of, topic_text
from bsclient.ui.language import clerk_language

_TOPIC_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QWidget):
    """Contents, search and the topic shown (`topic`), for `parent`'s clerk in `language`."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Help"))
        self.language = language or clerk_language()
        self.topic = ""
        self._texts = {topic.id: topic_text(topic.id, self.language) for topic in TOPICS}
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Search the help"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_found)
        self.nothing_found = QLabel(self.tr("No topic has these words."), self)
        self.nothing_found.setObjectName("helpNothingFound")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.currentItemChanged.connect(self._chosen)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.nothing_found)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(980, 660)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for topic in TOPICS:
            group = groups.get(topic.group)
            if group is None:
                group = groups[topic.group] = QTreeWidgetItem(self.contents, [QCoreApplication.translate(
                    "HelpWindow", GROUPS[topic.group])])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
            title = title_of(self._texts[topic.id])
            item = QTreeWidgetItem(group, [title])
            item.setToolTip(0, title)
            item.setData(0, _TOPIC_ROLE, topic.id)
            self._items[topic.id] = item

    def open_topic(self, topic: str) -> None:
        """Show `topic` (the first one for an id this version does not know) and select it in the contents."""
        if topic not in TOPIC_IDS:
            topic = TOPICS[0].id
        self.topic = topic
        self.browser.setMarkdown(self._texts[topic])
        self.setWindowTitle(self.tr("Help: {title}").format(title=title_of(self._texts[topic])))
        item = self._items[topic]
        if self.contents.currentItem() is not item:
            self.contents.setCurrentItem(item)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        topic = item.data(0, _TOPIC_ROLE) if item is not None else None
        if topic and topic != self.topic:
            self.open_topic(topic)

    def _link(self, url: QUrl) -> None:
        """Another topic ("statuses.md"), or a web page in the browser of the computer."""
        if url.scheme() in ("", "file") and url.path().endswith(".md"):
            self.open_topic(url.path().rsplit("/", 1)[-1].removesuffix(".md"))
        elif url.scheme() in ("http", "https", "mailto", "tel"):
            QDesktopServices.openUrl(url)

    def found(self) -> list[str]:
        """The topics the search's words are all in (every topic while it is empty)."""
        words = self.search.text().casefold().split()
        return [topic.id for topic in TOPICS if all(word in self._texts[topic.id].casefold() for word in words)]

    def listed(self) -> list[str]:
        """The topics the contents list now, in their order."""
        return [topic.id for topic in TOPICS if not self._items[topic.id].isHidden()]

    def _filter(self) -> None:
        shown = set(self.found())
        for topic, item in self._items.items():
            item.setHidden(topic not in shown)
        for index in range(self.contents.topLevelItemCount()):
            group = self.contents.topLevelItem(index)
            if group is not None:
                children = [group.child(i) for i in range(group.childCount())]
                group.setHidden(all(child is None or child.isHidden() for child in children))
        self.nothing_found.setVisible(not shown)

    def _open_first_found(self) -> None:
        found = self.found()
        if found:
            self.open_topic(found[0])


def show_help(topic: str, parent: QWidget | None) -> HelpWindow:
    """The help at `topic`, for the window `parent` (its help window, made on first use; again in front)."""
    window = parent.findChild(HelpWindow, "helpWindow", Qt.FindChildOption.FindDirectChildrenOnly) \
        if parent is not None else None
    if window is None or not shiboken6.isValid(window) or window.language != clerk_language():
        if window is not None:
            window.deleteLater()
        window = HelpWindow(parent)
    window.open_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
