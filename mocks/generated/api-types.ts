// generated from mocks/openapi.yaml by mocks/tools/generate-contract.ts — do not edit; run `npm run contract`.
/* eslint-disable */

export interface paths {
    "/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in citizen. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's applications («Мои заявления»), paged, filtered and sorted. */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its timeline, documents and allowed actions. */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels an application before its cut-off («Отменить»). */
        post: operations["cancelApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page's one live-updates channel — a server-sent event stream, or a conditional poll.
         * @description One connection per page serves every widget (core/api/live-updates.ts). With `Accept: text/event-stream`
         *     the answer is a stream (`text/event-stream`): first a `retry:` hint and an `id:` line with the current cursor
         *     (no data, nothing dispatched), then one event per change — `id:` the cursor after it, `event:` its type
         *     (`LiveEventType`), `data:` one line of JSON (the type's schema, e.g. `ApplicationStatusEvent`) — and a
         *     comment line as a keep-alive every 30 s. A client that reconnects sends the last `id` it saw as
         *     `Last-Event-ID` and first gets every change after it.
         *     With `Accept: application/json` (a server or proxy that cannot stream, or a client that falls back) the
         *     answer is the changes after `since` as one page with an `ETag`; sending that ETag back as `If-None-Match`
         *     answers 304 with no body while nothing changed — clients poll it at most once a minute and not while the
         *     page is hidden.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's applications counted by status and by month of submission (the last 12 months). */
        get: operations["getApplicationStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks the application's status change as seen (clears `unread`). */
        post: operations["markApplicationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt of submission («расписка») as a PDF. */
        get: operations["getApplicationReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a missing document («Дополнить»), while the application allows `add-documents`.
         * @description PDF, JPEG or PNG up to 10 MB (10 485 760 bytes before base64).
         */
        post: operations["uploadApplicationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document of the application (submitted, result or receipt) for download. */
        get: operations["getApplicationDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message thread with the operator about this application («Связаться с оператором»). */
        get: operations["listApplicationMessages"];
        put?: never;
        /** Sends a message to the operator; answers the whole thread (the operator's automatic reply included). */
        post: operations["sendApplicationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fines, taxes, utility bills and state duties, paged and filtered.
         * @description Unpaid first (overdue and soonest due first), then the rest newest first. The charges of the citizen's
         *     documents for charge search (ВУ, СТС, ИНН, СНИЛС) and those found with findCharges are included.
         */
        get: operations["listCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charges/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is due now, per kind (the home page's summary and the groups' headings). */
        get: operations["getChargeSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charges/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finds charges that are not in the citizen's list (a paper notice, a relative's fine).
         * @description By УИН (20 or 25 digits with a valid check digit), by the resolution number of a fine, or by the document
         *     index of a tax notice (20 digits). A found unpaid charge may be paid by this citizen with createPayment.
         *     400 with `fields: [{ field: value, code: checksum | format }]` for an invalid value; an empty list when
         *     nothing is found.
         */
        get: operations["findCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One charge (its current amount, discount, status and dispute). */
        get: operations["getCharge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charges/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disputes a fine («Оспорить»); it goes to the agency that issued it.
         * @description Only for a charge with `disputable: true` and no open dispute (else 409). The documents are uploaded first
         *     with uploadDisputeDocument. The agency's answer arrives later (status `accepted` or `rejected` with `answer`).
         */
        post: operations["createDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's disputes with their status and the agency's answer, newest first. */
        get: operations["listDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispute-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Uploads one document for a dispute (before createDispute names it).
         * @description PDF, JPEG or PNG up to 10 MB (10 485 760 bytes before base64).
         */
        post: operations["uploadDisputeDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charge-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Мои документы для поиска начислений» — the documents the portal searches charges by. */
        get: operations["listChargeDocuments"];
        put?: never;
        /**
         * Adds a document to search charges by; the charges found for it are added with a notification.
         * @description The number is validated by its type (format; the check digit of ИНН and СНИЛС): 422 with
         *     `fields: [{ field: number, code: format | checksum }]`. 409 `document-exists` when it is already there.
         */
        post: operations["addChargeDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/charge-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stops searching charges by this document (charges already found stay). */
        delete: operations["removeChargeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment history («История платежей»), newest first, paged and filtered. */
        get: operations["listPayments"];
        put?: never;
        /**
         * Pays one or several charges at once, by one method.
         * @description Idempotent by `Idempotency-Key` (IETF draft-ietf-httpapi-idempotency-key-header, Stripe semantics): the
         *     client makes one key per attempt (the charges, their amounts and the method) and repeats it on every retry.
         *     400 when the key is missing, 409 `payment-in-progress` while the first request with the key is in flight,
         *     422 `idempotency-key-reused` when the key comes with a different payload; otherwise the first response is
         *     replayed with `Idempotent-Replayed: true`.
         *     Each item's `amount` is what the citizen was shown; when a charge changed since (its amount, a discount
         *     that expired, paid elsewhere, cancelled) the server answers 422 `charges-changed` with `charges` saying which
         *     and why, and pays nothing. A card or e-wallet payment answers `pending` with `next.type: redirect` (the
         *     acquirer's page, 3-D Secure there; it comes back to `returnUrl` with `?gu-payment=<id>`); a linked card `code`
         *     (a one-time code, confirmPayment); СБП `qr`; a bank transfer `payment-order` (settles when the bank's
         *     transfer arrives); mobile `sms` (the operator asks for a reply). The server decides the result; clients
         *     follow a pending payment with getPayment (or the `payment-status` live event) until it settles.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment (follow a pending one with it until it settles). */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms a pending linked-card payment with its one-time code.
         * @description 422 `code-invalid` (with `fields: [{ field: code }]`) for a wrong code — attempts are limited (429 after
         *     the last); 409 `payment-not-awaiting-code` when the payment is not waiting for a code.
         */
        post: operations["confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abandons a pending payment that has not been paid (to pay by another method); its charges are free again.
         * @description 409 `payment-settled` when it already settled (the body's message says how).
         */
        post: operations["cancelPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The electronic receipt («электронный чек») of a completed payment, a PDF in Russian. */
        get: operations["getPaymentReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment orders («платёжное поручение») of a bank-transfer payment, one page per charge, a PDF. */
        get: operations["getPaymentOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completed payments' sums by month and kind (the history's chart). */
        get: operations["getPaymentStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Привязанные карты» — only the acquirer's token id, the last four digits, the brand and the expiry. */
        get: operations["listCards"];
        put?: never;
        /**
         * Starts linking a card on the acquirer's page (the card number is typed there, never in the widget).
         * @description The acquirer's page comes back to `returnUrl` with `?gu-card-binding=<id>` appended; the card is then in listCards.
         */
        post: operations["startCardBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-bindings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a card linking ended (after the acquirer's page came back or its popup closed). */
        get: operations["getCardBinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlinks a card (an autopay that used it is switched off, and says so).
         * @description The answer names the providers whose autopay paid with this card and is now switched off.
         */
        delete: operations["removeCard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autopay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Автоплатёж» — one rule per utility provider of the citizen. */
        get: operations["listAutopay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/autopay/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turns a provider's autopay on or off, with its monthly limit, card and reminder.
         * @description Enabling needs a linked `cardId` and a `monthlyLimit` (422 with `fields` otherwise). The reminder
         *     (`remindDaysBefore`, 0 = none) is also what the notifications widget shows as a setting.
         */
        put: operations["updateAutopay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notification feed — unread security alerts first, then newest first; paged, filtered, searched.
         * @description Order: unread `security` notifications first (newest first among them), then all others newest first.
         *     Archived notifications are left out unless `archived=true` (then only archived ones). `q` searches titles
         *     and texts (case-insensitive, ё = е). `from`/`to` are dates (inclusive) of `createdAt` in Moscow time.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the bell shows — the unread count and the five newest notifications of the feed (not archived).
         * @description One request per page serves the bell, the home page's latest few and the feed's unread count
         *     (components/notifications/store.ts); live events (`notification`, `notifications-changed`) keep it current.
         */
        get: operations["getNotificationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notification (archived ones too). */
        get: operations["getNotification"];
        put?: never;
        post?: never;
        /**
         * Deletes a notification for good; the deletion itself is logged in the account's operations history.
         * @description Every action is logged (seed 003): the notification is gone from the feed and the archive, and an entry
         *     «Удалено уведомление» with its title and the time stays in the operations history — the answer gives it.
         *     Deleting one that is already gone answers 404.
         */
        delete: operations["deleteNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one notification read (idempotent by nature). */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one notification unread again (idempotent by nature). */
        post: operations["markNotificationUnread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moves a notification to the archive (read as well); undone by unarchiveNotification. */
        post: operations["archiveNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Brings a notification back from the archive to the feed (its read state kept). */
        post: operations["unarchiveNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks every unread notification of the feed read — those that existed up to `before`.
         * @description `before` is the `createdAt` of the newest notification the citizen saw when confirming: one that arrived
         *     after the confirmation stays unread. Without a body every unread notification is marked.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Настройки уведомлений» — channels × categories, frequency, quiet hours, login alerts, contacts, push. */
        get: operations["getNotificationSettings"];
        /**
         * Saves every choice at once (one request per «Сохранить»).
         * @description The body is the whole of what the citizen chooses (`NotificationPreferences`) and the `version` they
         *     started from: another tab or device that saved in between makes it 409 `settings-changed` (the answer's
         *     current settings are read again; nothing is saved). A channel on whose contact is not confirmed (e-mail,
         *     SMS) or that has no push subscription (push) is 422 `channel-unavailable` with `fields`
         *     (`channels.<category>.<channel>`, and `channels.login-alerts.<channel>` for the login alerts), each field's
         *     `code` saying why: `email-unconfirmed`, `phone-unconfirmed` or `no-push-device`. Saving is logged in the
         *     operations history.
         */
        put: operations["updateNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registers this browser's Web Push subscription (PushSubscription.toJSON()) for the citizen.
         * @description The browser's subscription is made with `NotificationSettings.push.publicKey` as the application server
         *     key by the portal's service worker registration. Registering the same endpoint again answers the same id.
         */
        post: operations["addPushSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stops push to one browser (when push is turned off there, or the device is forgotten). */
        delete: operations["removePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Подписки» — the citizen's subscriptions to agencies' mailings, and the topics one can subscribe to. */
        get: operations["listNotificationSubscriptions"];
        put?: never;
        /**
         * «Добавить подписку» — a topic, channels, frequency and an optional date range.
         * @description One subscription per topic: a second one is 409 `subscription-exists`. A channel whose contact is not
         *     confirmed is 422 `channel-unavailable` (`fields`: `channels`, code `email-unconfirmed`, `phone-unconfirmed`
         *     or `no-push-device`); an unknown topic is 422 (`topicId`, `unknown-topic`); `until` before `from` is 422
         *     (`until`, `before-from`).
         */
        post: operations["addNotificationSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancels a subscription (the widget confirms first). */
        delete: operations["removeNotificationSubscription"];
        options?: never;
        head?: never;
        /** Edits a subscription — channels, frequency, dates — or pauses and resumes it (`status`). */
        patch: operations["updateNotificationSubscription"];
        trace?: never;
    };
    "/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «Безопасность» — the state of every section at a glance. */
        get: operations["getSecurityOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/reauthentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step-up: the password again (or a passkey assertion) before a sensitive change.
         * @description A wrong password is 422 `wrong-password` with `attemptsLeft` and counts against the account's lockout exactly
         *     like a failed sign-in (and appears in the login history as a failure); the lockout itself is 429
         *     `account-locked` with `retryAfter`. A passkey assertion needs `challenge` from createReauthenticationChallenge.
         */
        post: operations["reauthenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/reauthentication/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A WebAuthn challenge for re-authenticating with one of the account's passkeys. */
        post: operations["createReauthenticationChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * «Изменить пароль»: checks the current and the new password, then sends a one-time code to confirm.
         * @description `currentPassword` wrong → 422 `wrong-password` (`attemptsLeft`; counted against the lockout like a sign-in; 429
         *     `account-locked` when it locks). The new password against the portal's policy (IdentityPasswordPolicy): 422 with
         *     `fields` on `newPassword` — `password-too-short`, `password-too-long`,
         *     `password-no-upper`/`-lower`/`-digit`/`-special` (default policy), `password-blocklisted`,
         *     `password-personal-data`, `password-reused` (one of the last 5), `password-same` (equals the current).
         */
        post: operations["startPasswordChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/password/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The one-time code of a password change: the new password takes effect.
         * @description A wrong code is 422 `wrong-code` (`attemptsLeft`), an expired one 422 `code-expired`, a spent one 422
         *     `code-exhausted` (request a new one: resendSecurityChallenge). With `endOtherSessions` every other session of
         *     the account ends (live event `sessions-ended`); this one stays. startPasswordChange's right current password
         *     counts as a re-authentication; when that lapsed while the citizen waited for the code (10 minutes), 403
         *     `reauthentication-required` (not 401: the session itself is fine) — reauthenticate, then confirm again.
         */
        post: operations["confirmPasswordChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/challenges/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new one-time code for a challenge (the old one stops working).
         * @description Not before `resendIn` (429 `resend-too-soon` with `retryAfter`); at most 5 per hour (429 `too-many-codes`).
         */
        post: operations["resendSecurityChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turns two-factor sign-in on or off.
         * @description Turning it on needs a confirmed method and backup codes generated (422 `no-method`, `backup-codes-required`: the
         *     citizen must have a way back before the door is locked). `version` is the state the citizen saw: another tab's
         *     change → 409 `security-changed`. Needs a recent re-authentication of this session (`reauthenticate`, or a
         *     sign-in within the last 10 minutes): without it 403 `reauthentication-required` (not 401: the session itself is
         *     fine).
         */
        put: operations["setTwoFactor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The method offered first at sign-in. */
        put: operations["setDefaultTwoFactorMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a second factor (SMS phone or authenticator app).
         * @description The last method while two-factor is on is 422 `last-method` (turn two-factor off first). Needs a recent
         *     re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes): without it 403
         *     `reauthentication-required` (not 401: the session itself is fine).
         */
        delete: operations["removeTwoFactorMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Binds a phone for SMS codes: sends a code to it.
         * @description 422 with `fields` on `phone`: `phone-invalid`; 409 `method-exists` for a phone already bound. Needs a recent
         *     re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes): without it 403
         *     `reauthentication-required` (not 401: the session itself is fine).
         */
        post: operations["startSmsFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/sms/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The code sent to the new phone.
         * @description 422 `wrong-code` (`attemptsLeft`), `code-expired`, `code-exhausted`.
         */
        post: operations["confirmSmsFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticator app: a secret to add to the app (QR and the key as text).
         * @description Needs a recent re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes):
         *     without it 403 `reauthentication-required` (not 401: the session itself is fine).
         */
        post: operations["startTotpFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/two-factor/totp/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The first code from the app proves it was added.
         * @description RFC 6238 (SHA-1, 6 digits, 30 s, ±1 step). 422 `wrong-code` with `attemptsLeft`; 404 `setup-expired`.
         */
        post: operations["confirmTotpFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/backup-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New backup codes («резервные коды»): shown once; the old ones stop working.
         * @description Needs a recent re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes):
         *     without it 403 `reauthentication-required` (not 401: the session itself is fine).
         */
        post: operations["generateBackupCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's passkeys. */
        get: operations["listPasskeys"];
        put?: never;
        /**
         * Adds the passkey the browser created.
         * @description 422 `passkey-invalid` (challenge unknown or spent, wrong origin); 409 `passkey-exists`. Needs a recent
         *     re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes): without it 403
         *     `reauthentication-required` (not 401: the session itself is fine).
         */
        post: operations["addPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/passkeys/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creation options for a new passkey (navigator.credentials.create()).
         * @description Needs a recent re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes):
         *     without it 403 `reauthentication-required` (not 401: the session itself is fine).
         */
        post: operations["createPasskeyOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a passkey (it no longer signs in).
         * @description Needs a recent re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes):
         *     without it 403 `reauthentication-required` (not 401: the session itself is fine).
         */
        delete: operations["removePasskey"];
        options?: never;
        head?: never;
        /**
         * Renames a passkey.
         * @description 422 with `fields` on `name` (1–64 characters).
         */
        patch: operations["renamePasskey"];
        trace?: never;
    };
    "/security/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security questions («контрольные вопросы»): the ones chosen (never their answers) and the catalogue. */
        get: operations["getSecurityQuestions"];
        /**
         * Chooses or changes the questions and their answers.
         * @description Exactly two different questions; answers 2–100 characters (422 `fields`: `answers.<i>.answer`). Needs a recent
         *     re-authentication of this session (`reauthenticate`, or a sign-in within the last 10 minutes): without it 403
         *     `reauthentication-required` (not 401: the session itself is fine).
         */
        put: operations["setSecurityQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trusted devices — computers and phones that skip the one-time code. */
        get: operations["listTrustedDevices"];
        put?: never;
        post?: never;
        /** Forgets every trusted device (each asks for the second factor again). */
        delete: operations["forgetAllTrustedDevices"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forgets one trusted device. */
        delete: operations["forgetTrustedDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active sessions of the account, this one marked `current`. */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Ends one other session (its tokens stop working).
         * @description The current session is 422 `current-session` (sign out instead).
         */
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** «Завершить все другие сеансы»: every session but this one ends. */
        post: operations["endOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/login-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** «История входов» — sign-ins and failed attempts. */
        get: operations["listLoginEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/login-history/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The login history with the same filters as CSV (UTF-8 with BOM, `;` separated, for Excel in Russian). */
        get: operations["exportLoginEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/login-history/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One sign-in of the history — what «Это был не я» is about (a login alert links to it).
         * @description 404 `not-found` when the account has no such event. `current` marks this session's own sign-in.
         */
        get: operations["getLoginEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/login-history/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * «Это был не я»: the citizen reports a sign-in they did not make.
         * @description 409 `already-reported`.
         */
        post: operations["reportLoginEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Security alerts: channels of each kind.
         * @description The same store as NotificationSettings.loginAlerts (`new-device` is the notification settings' login alert): a
         *     change here shows there and back. 422 `channel-unavailable` with `fields` `<kind>.<channel>`
         *     (`email-unconfirmed`, `phone-unconfirmed`, `no-push-device`); 409 `security-changed` on a stale `version`.
         */
        put: operations["setSecurityAlerts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dictionary of agencies. */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dictionary of services. */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with an identifier (phone, e-mail, SNILS, INN or login) and password; answers the next step (a second factor) or done with the authorization response. */
        post: operations["identitySignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts registration of a simplified account (seeds 001, 003): name, a contact, consent; a code is sent to the contact. */
        post: operations["identityRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts access recovery by phone, e-mail, SNILS, INN or passport; answers a code step whether or not an account matches. */
        post: operations["identityRecover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign-in with a qualified e-signature: a challenge and the certificates the (simulated) crypto plug-in finds. */
        post: operations["identitySignatureStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign-in through a partner bank: where to send the browser (the mock bank page) and back. */
        post: operations["identityBankStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign-in with a passkey (WebAuthn): request options with a fresh challenge. */
        post: operations["identityPasskeyStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/passkey/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creation options for adding a passkey to an account (login and password confirm who asks). */
        post: operations["identityPasskeyRegistrationStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign-in by scanning a QR code with the mobile app: the code payload and how often to poll. */
        post: operations["identityQrStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends (or resends) a one-time code by the chosen method; a new code invalidates the previous one. Cooldown and hourly limit answer 429. */
        post: operations["identitySendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks a one-time or backup code; a wrong, expired or exhausted code answers the code step with a problem. */
        post: operations["identityVerifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recovery without contacts: without answers gives the security questions, with answers checks them. */
        post: operations["identityAnswerQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets the password of a registration or recovery under the policy (and the blocklist); finishes with the authorization response. */
        post: operations["identitySetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks the signed challenge with the chosen certificate. */
        post: operations["identityVerifySignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Completes a bank sign-in after the bank sent the browser back. */
        post: operations["identityBankComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks a WebAuthn assertion (challenge, origin, credential, ES256 signature). */
        post: operations["identityVerifyPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/passkey-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stores the public key of a new passkey. */
        post: operations["identityRegisterPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/flows/{flowId}/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The state of a QR sign-in: waiting, scanned, expired, or done. */
        post: operations["identityPollQr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account level, the contacts and whether they are confirmed, what the citizen entered before, the partner banks and which confirmation methods are offered («Подтверждение личности»). */
        get: operations["getVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/contacts/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a one-time code to confirm a contact («Отправить код»), to the current contact before a change (`change-old`), or to the new one (`change-new`, with `value`). A new code invalidates the previous one of the same channel and purpose. */
        post: operations["sendContactCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/contacts/codes/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks a code. `confirm` and `change-new` save the contact as confirmed; `change-old` allows the change for 10 minutes. 422 `wrong-code` (field `code`), 410-like `code-expired` as 422 after 5 wrong entries or expiry. */
        post: operations["verifyContactCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends passport, SNILS, INN, date and place of birth and citizenship for the registry check (МВД, СФР) towards the standard level. The check runs asynchronously; poll `checks/current`. 400 with `fields` for free text over `maxLength` or outside the character policy (codes `too-long`, `control-character`, `character-not-allowed`), 422 with `fields` for other invalid data (`required`, `date-format`, `invalid`), 409 `contacts-not-confirmed` while the phone or e-mail is not confirmed. */
        post: operations["startRegistryCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/checks/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's latest registry check (pending or finished), so a reloaded page resumes it; `check` is null when there is none. */
        get: operations["getCurrentRegistryCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uploads a scan of the passport (or SNILS) for the check. JPG, PNG or PDF up to 10 MB; 300 dpi recommended. */
        post: operations["uploadVerificationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts a confirmation towards the confirmed level — a partner bank (`bankId`; the answer has the bank's page URL), a code by Russian Post (orders the letter) or an electronic signature (the answer has the challenge to sign). */
        post: operations["startConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/confirmations/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest confirmation of the citizen (e.g. a letter on its way), or null. */
        get: operations["getCurrentConfirmation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/confirmations/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finishes a confirmation — the bank's result code after the return from the bank page, the code from the letter, or the signed challenge with the certificate. Success raises the account level to `confirmed`; 422 `wrong-code` / `certificate-expired` / `signature-invalid` name the field. */
        post: operations["completeConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/bank-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The bank's answer for a one-time ticket (called by the bank with its own credential — in the mock, by the mock bank page). A ticket is decided once (409 afterwards); an unknown or expired ticket is 404 `bank-result-unknown`. */
        post: operations["decideBankConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/bank-results/{ticket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result of a bank confirmation for the ticket the portal page came back with (`?gu-bank-result=`). The server, not the URL, says what happened; success raises the level to `confirmed`. Single use — read once, then 404. 404 `bank-result-unknown` for an unknown, expired, used or another citizen's ticket; 409 `bank-result-pending` while the bank has not answered. */
        get: operations["getBankResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/service-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service centres that confirm identity, searched by city or address (`q`), with opening hours. 400 with the field `q` when it breaks the free-text policy. */
        get: operations["searchServiceCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/service-centres/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free time slots of a centre for the next working days. */
        get: operations["listServiceCentreSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verification/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Books a visit to a service centre to confirm identity in person; 409 `slot-taken` when the slot is gone. */
        post: operations["bookServiceCentreVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Provider metadata; `issuer` is the authority URL as requested. */
        get: operations["oidcDiscovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The RS256 public key that signs ID and access tokens. */
        get: operations["oidcJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embedded/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The hand-over of the embedded <gu-login> — the session's authorization request plus the citizen's credentials.
         * @description Answers where the browser would have been redirected: `<redirect_uri>?code=…&state=…`. The session accepts it
         *     (`acceptAuthorizationResponse`) and exchanges the code at the token endpoint with its PKCE verifier.
         */
        post: operations["oidcEmbeddedAuthorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token endpoint (public client) — authorization_code with PKCE S256, refresh_token with rotation.
         * @description Codes are single use and bound to client_id, redirect_uri and the code challenge. Refresh tokens rotate on every
         *     use; reusing a rotated one revokes the whole family (`invalid_grant`).
         */
        post: operations["oidcToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's claims for a bearer access token. */
        get: operations["oidcUserinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token revocation (RFC 7009); revoking a refresh or access token revokes its whole grant. */
        post: operations["oidcRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Everything «Безопасность» shows before a section is opened. */
        SecurityOverview: {
            password: {
                /**
                 * Format: date-time
                 * @description Absent when never changed since registration.
                 */
                changedAt?: string;
                policy: components["schemas"]["IdentityPasswordPolicy"];
                /** @description For this account now (NIST: 8 with a second factor, else 15). */
                minLength: number;
                maxLength: number;
            };
            twoFactor: components["schemas"]["TwoFactorState"];
            passkeys: {
                count: number;
                /** Format: date-time */
                lastUsedAt?: string;
            };
            questions: {
                /** @description Questions chosen (0 or 2). */
                count: number;
                /** Format: date-time */
                updatedAt?: string;
            };
            devices: {
                count: number;
            };
            sessions: {
                /** @description Active sessions, this one included. */
                count: number;
            };
            /** @description Failed sign-in attempts in the last 7 days (the overview warns and links to the history). */
            recentFailures?: number;
            /**
             * Format: date-time
             * @description This session may make sensitive changes without re-authenticating until then.
             */
            reauthenticatedUntil?: string;
            alerts: components["schemas"]["SecurityAlerts"];
        };
        /**
         * @description sms — codes to a phone; email — codes to the confirmed e-mail; totp — an authenticator app (RFC 6238).
         * @enum {string}
         */
        TwoFactorMethodKind: "sms" | "email" | "totp";
        TwoFactorMethod: {
            id: string;
            kind: components["schemas"]["TwoFactorMethodKind"];
            /** @description The masked phone or e-mail («+7 ••• ••• 45 67»), or the app's name. */
            label: string;
            /** Format: date-time */
            addedAt: string;
            /** Format: date-time */
            lastUsedAt?: string;
        };
        TwoFactorState: {
            /** @description Every sign-in on an untrusted device asks for a second factor. */
            enabled: boolean;
            methods: components["schemas"]["TwoFactorMethod"][];
            /** @description The method offered first at sign-in. */
            defaultMethodId?: string;
            backupCodes: {
                /** @description Unused backup codes. */
                left: number;
                /** Format: date-time */
                generatedAt?: string;
            };
            /** @description Send back with a change; another change in between → 409. */
            version: number;
        };
        /** @description Exactly one of `password` or `passkey`. */
        ReauthenticationRequest: {
            password?: string;
            passkey?: {
                challenge: string;
                assertion: components["schemas"]["IdentityPasskeyAssertion"];
            };
        };
        Reauthentication: {
            /**
             * Format: date-time
             * @description Sensitive changes need no new re-authentication until then.
             */
            until: string;
        };
        /** @description WebAuthn request options (ids and challenge base64url). */
        PasskeyRequestOptions: {
            challenge: string;
            rpId: string;
            timeout: number;
            allowCredentials: string[];
        };
        PasswordChangeRequest: {
            currentPassword: string;
            newPassword: string;
        };
        /** @description A one-time code sent to confirm a change (password change, a new SMS phone). */
        SecurityChallenge: {
            id: string;
            /** @enum {string} */
            purpose: "password-change" | "sms-factor";
            /** @enum {string} */
            channel: "sms" | "email";
            /** @description The masked phone or e-mail. */
            sentTo: string;
            length: number;
            /** Format: date-time */
            expiresAt: string;
            /** @description Seconds until a new code may be requested. */
            resendIn: number;
            attemptsLeft: number;
        };
        PasswordChangeConfirmation: {
            challengeId: string;
            code: string;
            /** @description «Завершить все другие сеансы» (this one stays). */
            endOtherSessions?: boolean;
        };
        PasswordChanged: {
            /** Format: date-time */
            changedAt: string;
            endedSessions: number;
        };
        TwoFactorSwitchRequest: {
            enabled: boolean;
            version: number;
        };
        DefaultMethodRequest: {
            methodId: string;
            version: number;
        };
        SmsFactorRequest: {
            /** @description E.164, Russian numbers. */
            phone: string;
        };
        ChallengeAnswer: {
            challengeId: string;
            code: string;
        };
        /** @description An authenticator-app setup waiting for its first code. */
        TotpSetup: {
            id: string;
            /** @description Base32 (RFC 4648), to type into the app. */
            secret: string;
            /** @description otpauth://totp/… (what the QR code encodes). */
            otpauthUri: string;
            issuer: string;
            accountName: string;
            /** @enum {string} */
            algorithm: "SHA1";
            /** @enum {integer} */
            digits: 6;
            /** @enum {integer} */
            period: 30;
            /** Format: date-time */
            expiresAt: string;
        };
        TotpConfirmation: {
            setupId: string;
            code: string;
            /** @description A name for the app («Яндекс Ключ»). */
            label?: string;
        };
        BackupCodes: {
            codes: string[];
            /** Format: date-time */
            generatedAt: string;
        };
        SecurityPasskey: {
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string;
            /** @description Where it was made («Chrome, Windows»). */
            createdOn?: string;
        };
        PasskeyList: {
            items: components["schemas"]["SecurityPasskey"][];
        };
        /** @description WebAuthn creation options (ids and challenge base64url); ES256 and RS256 are accepted. */
        PasskeyCreationOptions: {
            challenge: string;
            rpId: string;
            rpName: string;
            userId: string;
            userName: string;
            userDisplayName: string;
            timeout: number;
            excludeCredentials: string[];
        };
        AddPasskeyRequest: {
            challenge: string;
            name: string;
            attestation: components["schemas"]["IdentityPasskeyAttestation"];
        };
        RenamePasskeyRequest: {
            name: string;
        };
        SecurityQuestion: {
            id: string;
            /** @description Localized by Accept-Language. */
            text: string;
        };
        /** @description The answers are never sent back. */
        SecurityQuestions: {
            chosen: components["schemas"]["SecurityQuestion"][];
            catalogue: components["schemas"]["SecurityQuestion"][];
            /** Format: date-time */
            updatedAt?: string;
        };
        SetSecurityQuestionsRequest: {
            answers: {
                questionId: string;
                answer: string;
            }[];
        };
        /** @enum {string} */
        DeviceKind: "computer" | "phone" | "tablet" | "unknown";
        TrustedDevice: {
            id: string;
            kind: components["schemas"]["DeviceKind"];
            browser: string;
            os: string;
            /** @description Approximate, from the IP address («Архангельск, Россия»). */
            place?: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** Format: date-time */
            trustedUntil: string;
            /** @description «Это устройство». */
            current: boolean;
        };
        TrustedDeviceList: {
            items: components["schemas"]["TrustedDevice"][];
        };
        AccountSession: {
            /** @description The OIDC session id (`sid` of its tokens). */
            id: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            lastActiveAt: string;
            ip: string;
            place?: string;
            /** @description The portal or app signed in («Госуслуги Северного края»). */
            client: string;
            kind: components["schemas"]["DeviceKind"];
            browser: string;
            os: string;
            /** @description This session (it cannot end itself here: sign out instead). */
            current: boolean;
        };
        AccountSessionList: {
            items: components["schemas"]["AccountSession"][];
        };
        CountResult: {
            count: number;
        };
        /** @enum {string} */
        LoginResult: "success" | "failure";
        /**
         * @description How the sign-in (or attempt) began, as in <gu-login>.
         * @enum {string}
         */
        LoginMethod: "password" | "passkey" | "qr" | "signature" | "bank" | "recovery" | "registration" | "reauthentication";
        /** @enum {string} */
        LoginFailureReason: "wrong-password" | "wrong-code" | "code-expired" | "account-locked" | "factor-locked" | "passkey-failed" | "wrong-answers";
        LoginEvent: {
            id: string;
            /** Format: date-time */
            at: string;
            ip: string;
            place?: string;
            kind: components["schemas"]["DeviceKind"];
            browser: string;
            os: string;
            method: components["schemas"]["LoginMethod"];
            /**
             * @description The second step of a sign-in, when there was one.
             * @enum {string}
             */
            secondFactor?: "sms" | "email" | "totp" | "backup-code" | "trusted-device";
            result: components["schemas"]["LoginResult"];
            reason?: components["schemas"]["LoginFailureReason"];
            /** @description The first sign-in from this device and browser. */
            newDevice: boolean;
            /** @description The sign-in of this session. */
            current?: boolean;
            /** @description The citizen said «Это был не я». */
            reported: boolean;
        };
        LoginEventPage: {
            items: components["schemas"]["LoginEvent"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ReportLoginEventRequest: {
            comment?: string;
        };
        SuspiciousLoginReport: {
            id: string;
            /** @description The number to quote to support («ИБ-2026-000123»). */
            reference: string;
            /** Format: date-time */
            reportedAt: string;
            eventId: string;
        };
        SecurityAlert: {
            enabled: boolean;
            channels: components["schemas"]["NotificationChannel"][];
        };
        /** @description Alerts of security events; `newDevice` is NotificationSettings.loginAlerts (one store). */
        SecurityAlerts: {
            newDevice: components["schemas"]["SecurityAlert"];
            passwordChanged: components["schemas"]["SecurityAlert"];
            twoFactorChanged: components["schemas"]["SecurityAlert"];
            version: number;
        };
        SecurityAlertsRequest: {
            newDevice: components["schemas"]["SecurityAlert"];
            passwordChanged: components["schemas"]["SecurityAlert"];
            twoFactorChanged: components["schemas"]["SecurityAlert"];
            version: number;
        };
        /** @description Something in «Безопасность» changed (another tab, device, or a sign-in) — widgets reload that section. */
        SecurityChangedEvent: {
            /** @enum {string} */
            area: "password" | "two-factor" | "passkeys" | "questions" | "devices" | "sessions" | "login-history" | "alerts";
        };
        /** @description Sessions of the citizen ended by the citizen (or by a password change) — a page whose session is listed signs out. */
        SessionsEndedEvent: {
            sessionIds: string[];
            /** @enum {string} */
            reason: "ended-by-citizen" | "password-changed";
        };
        /** @description The authorization request the session created (createAuthorizationRequest); the flow ends with a code for it. */
        IdentityAuthorization: {
            clientId: string;
            /** Format: uri */
            redirectUri: string;
            /** @description Must contain openid. */
            scope: string;
            state: string;
            nonce?: string;
            codeChallenge: string;
            /** @constant */
            codeChallengeMethod: "S256";
        };
        /**
         * @description `default` (seeds 000–004): ≥ 8 characters with upper and lower case letters, a digit and a special character.
         *     `nist` (NIST SP 800-63B, requirement 28): ≥ 15 characters when the password is the only factor, ≥ 8 with a second
         *     factor, no composition rules. Both: at most 128 characters, refused when on the blocklist or built from the person's data.
         * @enum {string}
         */
        IdentityPasswordPolicy: "default" | "nist";
        IdentityAuthorizationOnly: {
            authorization?: components["schemas"]["IdentityAuthorization"];
        };
        IdentitySignInRequest: {
            authorization: components["schemas"]["IdentityAuthorization"];
            /** @description Phone (+7…), e-mail, SNILS (11 digits), INN (12 digits) or the short login. */
            login: string;
            /** @description Over 128 characters: 400, field code `too-long`. */
            password: string;
            /** @description «Чужой компьютер»: do not remember this device (no trusted-device cookie; a remembered one is forgotten, so the next sign-in asks for the code again). Without it, a sign-in that passes the second factor gets an HttpOnly cookie `gu_trusted_device` (path /api/identity) and the next password sign-in on that device skips the code. */
            foreignComputer?: boolean;
        };
        IdentityRegistrationRequest: {
            authorization: components["schemas"]["IdentityAuthorization"];
            surname: string;
            name: string;
            patronymic?: string;
            /** @description A mobile phone (+7…) or an e-mail. */
            contact: string;
            /** @description Consent to the terms of use and personal-data processing; must be true. */
            consent: boolean;
            passwordPolicy?: components["schemas"]["IdentityPasswordPolicy"];
        };
        IdentityRecoveryRequest: {
            authorization: components["schemas"]["IdentityAuthorization"];
            /** @description Phone, e-mail, SNILS, INN or passport series and number (10 digits). */
            identifier: string;
            passwordPolicy?: components["schemas"]["IdentityPasswordPolicy"];
        };
        IdentityBankRequest: {
            bankId: string;
            /**
             * Format: uri
             * @description The page the bank sends the browser back to.
             */
            returnUrl: string;
        };
        IdentityBankCompleteRequest: {
            authorization: components["schemas"]["IdentityAuthorization"];
            /** @description What the bank handed back (`bank_result`). */
            result: string;
        };
        IdentityPasskeyRegistrationRequest: {
            login: string;
            password: string;
        };
        IdentitySendCodeRequest: {
            method?: components["schemas"]["IdentityCodeMethod"];
        };
        IdentityVerifyRequest: {
            code?: string;
            backupCode?: string;
        };
        IdentityQuestionsRequest: {
            answers?: {
                id: string;
                /** @description Over 200 characters or a control character: 400 with the question id as the field. */
                answer: string;
            }[];
        };
        IdentityPasswordRequest: {
            password: string;
            /** @description Recovery — end every other session of the account. */
            endOtherSessions?: boolean;
        };
        IdentitySignatureRequest: {
            certificateId: string;
            /** @description Mock signature: base64url SHA-256 of "<certificateId>:<challenge>". */
            signature: string;
        };
        IdentityPasskeyAssertion: {
            credentialId: string;
            /** @description base64url */
            clientDataJSON: string;
            /** @description base64url */
            authenticatorData: string;
            /** @description base64url (DER ECDSA) */
            signature: string;
            userHandle?: string;
        };
        IdentityPasskeyAttestation: {
            credentialId: string;
            /** @description base64url */
            clientDataJSON: string;
            /** @description base64url SubjectPublicKeyInfo (getPublicKey()). */
            publicKey: string;
            /** @description COSE algorithm (-7 = ES256). */
            algorithm: number;
        };
        /** @enum {string} */
        IdentityCodeMethod: "sms" | "email" | "totp";
        /** @description Where a flow is and what it needs next. `done` carries `redirectTo` for acceptAuthorizationResponse. */
        IdentityStep: {
            flowId: string;
            /** @enum {string} */
            step: "second-factor" | "code" | "password" | "questions" | "signature" | "bank" | "passkey" | "qr" | "done";
            methods?: {
                method: components["schemas"]["IdentityCodeMethod"];
                /** @description Masked phone or e-mail; the app name for totp. */
                destination: string;
            }[];
            /** @description The account has unused backup codes. */
            backupCodes?: boolean;
            code?: {
                method: components["schemas"]["IdentityCodeMethod"];
                destination: string;
                length: number;
                /** @description Seconds until the code expires. */
                expiresIn: number;
                /** @description Seconds until a new code may be requested (absent for totp). */
                resendIn?: number;
                attemptsLeft: number;
                /** @enum {string} */
                state: "active" | "expired" | "exhausted";
            };
            /** @enum {string} */
            problem?: "wrong-code" | "code-expired" | "code-exhausted" | "wrong-backup-code" | "wrong-answers" | "contact-registered";
            questions?: {
                id: string;
                text: string;
            }[];
            /** @description Answers left (questions). */
            attemptsLeft?: number;
            password?: {
                policy: components["schemas"]["IdentityPasswordPolicy"];
                minLength: number;
                maxLength: number;
                /** @description Offer to end the account's other sessions (recovery). */
                endOtherSessions?: boolean;
            };
            challenge?: string;
            certificates?: {
                id: string;
                owner: string;
                issuer: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
                expired: boolean;
            }[];
            /** @description Bank — where to send the browser. */
            redirectUrl?: string;
            /** @description WebAuthn options (challenge and ids base64url). */
            publicKey?: {
                challenge: string;
                rpId: string;
                rpName?: string;
                timeout: number;
                userId?: string;
                userName?: string;
                userDisplayName?: string;
                allowCredentials?: string[];
            };
            qr?: {
                /** @description What the QR code encodes (a deep link into the app). */
                payload: string;
                expiresIn: number;
                /** @description Milliseconds. */
                pollInterval: number;
                /** @enum {string} */
                state: "waiting" | "scanned" | "expired";
            };
            /** @description done — `<redirect_uri>?code=…&state=…`. */
            redirectTo?: string;
            level?: components["schemas"]["AccountLevel"];
        };
        /** @description The error body of the OAuth/OIDC endpoints. */
        OAuthError: {
            /**
             * @example invalid_request
             * @example invalid_grant
             * @example unsupported_grant_type
             * @example invalid_scope
             * @example access_denied
             * @example invalid_token
             * @example server_error
             */
            error: string;
            error_description?: string;
        };
        OidcDiscovery: {
            /** Format: uri */
            issuer: string;
            /**
             * Format: uri
             * @description A page navigation — not answerable in MSW mode.
             */
            authorization_endpoint: string;
            /** Format: uri */
            token_endpoint: string;
            /** Format: uri */
            userinfo_endpoint?: string;
            /** Format: uri */
            jwks_uri: string;
            /** Format: uri */
            revocation_endpoint?: string;
            /**
             * Format: uri
             * @description A page navigation — in MSW mode sign-out is revoke + local.
             */
            end_session_endpoint?: string;
            /**
             * Format: uri
             * @description gu-kit: the embedded <gu-login> hand-over.
             */
            embedded_authorization_endpoint?: string;
            response_types_supported: string[];
            grant_types_supported?: string[];
            subject_types_supported: string[];
            id_token_signing_alg_values_supported: string[];
            code_challenge_methods_supported?: string[];
            scopes_supported?: string[];
            claims_supported?: string[];
        };
        Jwks: {
            keys: {
                /** @constant */
                kty: "RSA";
                kid: string;
                use?: string;
                alg?: string;
                n: string;
                e: string;
            }[];
        };
        EmbeddedAuthorizeRequest: {
            client_id: string;
            /** Format: uri */
            redirect_uri: string;
            /** @constant */
            response_type: "code";
            /** @description Must contain openid. */
            scope: string;
            state?: string;
            nonce?: string;
            code_challenge: string;
            /** @constant */
            code_challenge_method: "S256";
            /** @description A test citizen's login, phone, e-mail or SNILS. */
            login: string;
            password: string;
        };
        EmbeddedAuthorizeResponse: {
            /**
             * Format: uri
             * @description <redirect_uri>?code=…&state=…
             */
            redirectTo: string;
        };
        TokenRequest: {
            /** @enum {string} */
            grant_type: "authorization_code" | "refresh_token";
            client_id: string;
            code?: string;
            redirect_uri?: string;
            code_verifier?: string;
            refresh_token?: string;
        };
        TokenResponse: {
            /** @description JWT (RS256): iss, sub, aud "gu-kit-api", client_id, scope, exp, iat, jti. */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            expires_in: number;
            refresh_token: string;
            /** @description JWT (RS256) with the CitizenClaims plus iss, aud, nonce, exp, iat, auth_time. */
            id_token: string;
            scope?: string;
        };
        CitizenClaims: {
            sub: string;
            name?: string;
            family_name?: string;
            given_name?: string;
            middle_name?: string;
            snils?: string;
            phone_number?: string;
            /** Format: email */
            email?: string;
            account_level?: components["schemas"]["AccountLevel"];
            acr?: string;
        };
        /** @description The one error body of every 4xx/5xx response. */
        Error: {
            /** @description Machine code, e.g. "unauthorized", "charge-already-paid". */
            code: string;
            /** @description Human message localized by Accept-Language. */
            message: string;
            fields?: {
                field: string;
                code: string;
                message: string;
            }[];
            /** @description Seconds to wait (429 */
            retryAfter?: number;
            /** @description Tries left before a code stops working or the account locks (422 `wrong-password`, `wrong-code`). */
            attemptsLeft?: number;
            /** @description 422 `charges-changed` of createPayment — which charges changed since they were shown, and how. */
            charges?: {
                chargeId: string;
                /** @enum {string} */
                reason: "amount-changed" | "discount-expired" | "already-paid" | "cancelled" | "not-found";
                /** @description What it costs now (amount-changed */
                amountDue?: number;
            }[];
        };
        /** @enum {string} */
        AccountLevel: "simplified" | "standard" | "confirmed";
        Address: {
            region: string;
            city: string;
            street: string;
            house: string;
            flat?: string;
            postcode: string;
        };
        Profile: {
            id: string;
            surname: string;
            name: string;
            patronymic?: string;
            /** Format: date */
            birthDate: string;
            /** @description 11 digits */
            snils: string;
            inn: string;
            phone: string;
            /** Format: email */
            email: string;
            accountLevel: components["schemas"]["AccountLevel"];
            address: components["schemas"]["Address"];
        };
        /**
         * @description One status model for every label of the seeds: draft «Черновик», sent «Отправлено», accepted «Принято»,
         *     processing «В обработке / На рассмотрении / В работе», additions-required «Требуется дополнение / Ожидание документов»,
         *     approved «Одобрено», done «Исполнено / Завершено», rejected «Отклонено / Отказано», cancelled «Отменено», expired «Срок истёк».
         * @enum {string}
         */
        ApplicationStatus: "draft" | "sent" | "accepted" | "processing" | "additions-required" | "approved" | "done" | "rejected" | "cancelled" | "expired";
        /** @enum {string} */
        ApplicationAction: "cancel" | "add-documents" | "contact-operator" | "resubmit" | "download-result" | "create-new" | "continue-draft";
        Application: {
            id: string;
            number: string;
            serviceId: string;
            serviceTitle: string;
            agencyId: string;
            agencyTitle: string;
            /** Format: date-time */
            submittedAt: string;
            status: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date */
            decisionDue?: string;
            /** @description The status changed since the citizen last opened it. */
            unread: boolean;
        };
        TimelineEntry: {
            status: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            actor: "citizen" | "agency" | "system" | "operator";
            comment?: string;
        };
        ApplicationDocument: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "submitted" | "result" | "receipt";
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes. */
            size: number;
            /** Format: date-time */
            createdAt: string;
        };
        ApplicationDetail: {
            id: string;
            number: string;
            serviceId: string;
            serviceTitle: string;
            agencyId: string;
            agencyTitle: string;
            /** Format: date-time */
            submittedAt: string;
            status: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date */
            decisionDue?: string;
            unread: boolean;
            timeline: components["schemas"]["TimelineEntry"][];
            documents: components["schemas"]["ApplicationDocument"][];
            allowedActions: components["schemas"]["ApplicationAction"][];
        };
        /** @description How many of the citizen's applications match the other filters, per status. */
        CountsByStatus: {
            draft: number;
            sent: number;
            accepted: number;
            processing: number;
            "additions-required": number;
            approved: number;
            done: number;
            rejected: number;
            cancelled: number;
            expired: number;
        };
        ApplicationPage: {
            items: components["schemas"]["Application"][];
            total: number;
            page: number;
            pageSize: number;
            countsByStatus: components["schemas"]["CountsByStatus"];
        };
        CancelApplicationRequest: {
            reason?: string;
        };
        /**
         * @description The types of live events. `application-status`: an application's status changed (<gu-application-tracker>);
         *     `payment-status`: a payment settled or changed (<gu-payments>); `notification`: a new notification
         *     (<gu-notifications>, <gu-notification-bell>); `notifications-changed`: notifications read, archived or
         *     deleted in another tab or device; `security-changed`: a section of «Безопасность» changed (another tab or
         *     device, or a sign-in: <gu-security-settings> reloads it); `sessions-ended`: sessions of the citizen ended — a
         *     page whose session is listed signs out.
         *     Clients ignore types they do not know, so a server may add types without breaking them.
         * @enum {string}
         */
        LiveEventType: "application-status" | "payment-status" | "notification" | "notifications-changed" | "security-changed" | "sessions-ended";
        LiveEvent: {
            /** @description The cursor after this event (the stream's `id`). */
            id: string;
            type: components["schemas"]["LiveEventType"];
            /** @description The event's payload, by `type` (application-status → ApplicationStatusEvent, payment-status → PaymentStatusEvent, notification → Notification, notifications-changed → NotificationsChangedEvent, security-changed → SecurityChangedEvent, sessions-ended → SessionsEndedEvent). */
            data: components["schemas"]["ApplicationStatusEvent"] | components["schemas"]["PaymentStatusEvent"] | components["schemas"]["Notification"] | components["schemas"]["NotificationsChangedEvent"] | components["schemas"]["SecurityChangedEvent"] | components["schemas"]["SessionsEndedEvent"];
        };
        LiveEventPage: {
            events: components["schemas"]["LiveEvent"][];
            /** @description Pass as `since` next time. */
            cursor: string;
        };
        ApplicationStatusEvent: {
            applicationId: string;
            number: string;
            status: components["schemas"]["ApplicationStatus"];
            previousStatus: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            at: string;
            comment?: string;
        };
        ApplicationStats: {
            total: number;
            byStatus: components["schemas"]["CountsByStatus"];
            /** @description The last 12 months, oldest first, months without applications included. */
            byMonth: {
                month: string;
                count: number;
            }[];
        };
        FileContent: {
            fileName: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description The file's bytes in base64. */
            content: string;
        };
        UploadDocumentRequest: {
            fileName: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            content: string;
        };
        OperatorMessage: {
            id: string;
            /** @enum {string} */
            author: "citizen" | "operator";
            text: string;
            /** Format: date-time */
            at: string;
        };
        MessageThread: {
            items: components["schemas"]["OperatorMessage"][];
        };
        SendMessageRequest: {
            text: string;
        };
        /**
         * @description «Штрафы», «Налоги», «Коммунальные платежи», «Госпошлины».
         * @enum {string}
         */
        ChargeKind: "fine" | "tax" | "utility" | "duty";
        /**
         * @description unpaid; processing (a payment for it is pending); paid; cancelled (by the agency).
         * @enum {string}
         */
        ChargeStatus: "unpaid" | "processing" | "paid" | "cancelled";
        /**
         * @description НДФЛ, transport, land, property, other.
         * @enum {string}
         */
        TaxKind: "ndfl" | "transport" | "land" | "property" | "other";
        /**
         * @description A fine's discount exactly as the agency set it (КоАП 32.2 ч.1.3): clients show it, never compute it.
         *     `active: false` after its deadline — then `amountDue` is the full amount.
         */
        ChargeDiscount: {
            /** @description Kopecks payable until `until` */
            amount: number;
            /** Format: date */
            until: string;
            active: boolean;
        };
        UtilityDetails: {
            providerId: string;
            providerName: string;
            /** @description The citizen's account with the provider («лицевой счёт»). */
            accountNumber: string;
            /** @description The month accrued. */
            period: string;
            /** @description Kopecks on the account after this accrual: negative is a debt, positive an advance. */
            balance: number;
        };
        /** @description How the charge reached the citizen's list. */
        ChargeSource: {
            /** @enum {string} */
            type: "account" | "document" | "search";
            /** @description The document for charge search it was found by (type document). */
            documentId?: string;
        };
        Charge: {
            id: string;
            /** @description УИН with a valid check digit. */
            uin: string;
            kind: components["schemas"]["ChargeKind"];
            title: string;
            /** @description What it is for (the offence */
            reason: string;
            /** @description The receiving agency or provider. */
            payee: string;
            /** @description Kopecks */
            amount: number;
            /** @description Kopecks payable today (the discount's amount while it is active). */
            amountDue: number;
            discount?: components["schemas"]["ChargeDiscount"];
            /**
             * Format: date
             * @description The accrual date.
             */
            issuedAt: string;
            /** Format: date */
            dueDate?: string;
            /** @description Unpaid after dueDate (decided by the server). */
            overdue: boolean;
            status: components["schemas"]["ChargeStatus"];
            /** @description The payment that paid it or is paying it. */
            paymentId?: string;
            /** @description A fine's «номер постановления». */
            resolutionNumber?: string;
            /** Format: date */
            resolutionDate?: string;
            taxKind?: components["schemas"]["TaxKind"];
            /** @description The tax year. */
            taxPeriod?: number;
            utility?: components["schemas"]["UtilityDetails"];
            source: components["schemas"]["ChargeSource"];
            /** @description A fine that may be disputed now («Оспорить»). */
            disputable: boolean;
            dispute?: {
                id: string;
                status: components["schemas"]["DisputeStatus"];
            };
        };
        ChargePage: {
            items: components["schemas"]["Charge"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ChargeList: {
            items: components["schemas"]["Charge"][];
        };
        /**
         * @description uin — УИН; resolution — a fine's resolution number; document-index — a tax notice's document index.
         * @enum {string}
         */
        ChargeSearchBy: "uin" | "resolution" | "document-index";
        ChargeSummary: {
            /** @description Unpaid charges. */
            count: number;
            /** @description Kopecks payable today for all of them. */
            amountDue: number;
            overdueCount: number;
            /**
             * Format: date
             * @description The soonest due date of an unpaid charge.
             */
            nextDueDate?: string;
            /** @description One entry per kind, in the order fine, tax, utility, duty (kinds with nothing unpaid included). */
            byKind: {
                kind: components["schemas"]["ChargeKind"];
                count: number;
                amountDue: number;
                overdueCount: number;
            }[];
        };
        /**
         * @description driving-licence (ВУ), vehicle-registration (СТС), inn (ИНН of a person), snils (СНИЛС).
         * @enum {string}
         */
        ChargeDocumentType: "driving-licence" | "vehicle-registration" | "inn" | "snils";
        ChargeDocument: {
            id: string;
            type: components["schemas"]["ChargeDocumentType"];
            /** @description Normalized: ВУ and СТС `NN AA NNNNNN` (digits or Cyrillic letters in the series), ИНН 12 digits, СНИЛС `NNN-NNN-NNN NN`. */
            number: string;
            /** @description The citizen's own label («Машина мамы»). */
            title?: string;
            /** Format: date-time */
            addedAt: string;
            /** Format: date-time */
            lastCheckedAt?: string;
        };
        ChargeDocumentList: {
            items: components["schemas"]["ChargeDocument"][];
        };
        AddChargeDocumentRequest: {
            type: components["schemas"]["ChargeDocumentType"];
            number: string;
            title?: string;
        };
        AddedChargeDocument: {
            document: components["schemas"]["ChargeDocument"];
            /** @description Charges found for it and added to the list. */
            newCharges: number;
        };
        /**
         * @description submitted («Подана»), under-review («На рассмотрении»), accepted («Удовлетворена»), rejected («Отклонена»).
         * @enum {string}
         */
        DisputeStatus: "submitted" | "under-review" | "accepted" | "rejected";
        /** @enum {string} */
        DisputeReason: "not-driver" | "vehicle-sold" | "already-paid" | "wrong-amount" | "other";
        DisputeDocument: {
            id: string;
            fileName: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            size: number;
        };
        CreateDisputeRequest: {
            reason: components["schemas"]["DisputeReason"];
            comment: string;
            documentIds?: string[];
        };
        Dispute: {
            id: string;
            chargeId: string;
            chargeTitle: string;
            reason: components["schemas"]["DisputeReason"];
            comment: string;
            documents: components["schemas"]["DisputeDocument"][];
            status: components["schemas"]["DisputeStatus"];
            /** @description The agency's answer (accepted or rejected). */
            answer?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DisputeList: {
            items: components["schemas"]["Dispute"][];
        };
        /**
         * @description card (the acquirer's page), linked-card, sbp (Система быстрых платежей), wallet (e-wallet), transfer (bank payment order), mobile (phone balance).
         * @enum {string}
         */
        PaymentMethod: "card" | "linked-card" | "sbp" | "wallet" | "transfer" | "mobile";
        /**
         * @description «выполнен» / «в ожидании» / «отклонён».
         * @enum {string}
         */
        PaymentStatus: "completed" | "pending" | "declined";
        /**
         * @description insufficient-funds, three-ds-failed (3-D Secure not passed), card-expired, card-declined (other refusal by
         *     the bank), expired (not paid in time: QR, code, transfer), cancelled (the citizen chose another way),
         *     code-attempts (the one-time code was wrong too many times).
         * @enum {string}
         */
        DeclineCode: "insufficient-funds" | "three-ds-failed" | "card-expired" | "card-declined" | "expired" | "cancelled" | "code-attempts";
        PaymentItemRequest: {
            chargeId: string;
            /** @description Kopecks the citizen was shown (the charge's amountDue). */
            amount: number;
        };
        CreatePaymentRequest: {
            items: components["schemas"]["PaymentItemRequest"][];
            method: components["schemas"]["PaymentMethod"];
            /** @description Required for linked-card. */
            cardId?: string;
            /** @description Required for mobile. */
            phone?: string;
            /** @description Required for card and wallet — where the acquirer's page comes back (the portal's own origin). */
            returnUrl?: string;
        };
        ConfirmPaymentRequest: {
            code: string;
        };
        PaymentItem: {
            chargeId: string;
            uin: string;
            kind: components["schemas"]["ChargeKind"];
            title: string;
            payee: string;
            /** @description Kopecks actually paid for this charge. */
            amount: number;
        };
        /** @description One bank payment order (платёжное поручение, Положение Банка России 762-П) for one charge. */
        PaymentOrder: {
            chargeId: string;
            /** @description Field 16. */
            payeeName: string;
            /** @description Field 61. */
            payeeInn: string;
            /** @description Field 103. */
            payeeKpp: string;
            /** @description Field 17 */
            payeeAccount: string;
            /** @description Field 13. */
            bankName: string;
            /** @description Field 14. */
            bik: string;
            /** @description Field 15 */
            correspondentAccount: string;
            /** @description Field 104. */
            kbk: string;
            /** @description Field 105. */
            oktmo: string;
            /** @description Field 22 («Код»). */
            uin: string;
            /** @description Kopecks */
            amount: number;
            /** @description Field 24. */
            purpose: string;
        };
        /** @description What the citizen does next while the payment is pending (absent once it settles). */
        PaymentNextStep: {
            /** @constant */
            type: "redirect";
            /** @description The acquirer's or e-wallet's page (https */
            url: string;
        } | {
            /** @constant */
            type: "code";
            codeLength: number;
            /** @description The masked phone the bank sent the code to. */
            sentTo: string;
            /** Format: date-time */
            expiresAt: string;
        } | {
            /** @constant */
            type: "qr";
            /** @description What the QR encodes (an НСПК link). */
            qrPayload: string;
            /** @description The same link for a phone with a bank app (https). */
            deepLink: string;
            /** Format: date-time */
            expiresAt: string;
        } | {
            /** @constant */
            type: "payment-order";
            orders: components["schemas"]["PaymentOrder"][];
        } | {
            /** @constant */
            type: "sms";
            phoneMasked: string;
            /** Format: date-time */
            expiresAt: string;
        };
        Payment: {
            id: string;
            items: components["schemas"]["PaymentItem"][];
            /** @description Total kopecks. */
            amount: number;
            method: components["schemas"]["PaymentMethod"];
            status: components["schemas"]["PaymentStatus"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it settled (completed or declined).
             */
            completedAt?: string;
            declineCode?: components["schemas"]["DeclineCode"];
            /** @description The bank's or the server's words */
            declineReason?: string;
            cardLast4?: string;
            next?: components["schemas"]["PaymentNextStep"];
            /** @description The receipt can be downloaded (completed payments). */
            receiptAvailable: boolean;
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PaymentStats: {
            /** @description Kopecks over the period. */
            total: number;
            months: {
                month: string;
                byKind: {
                    kind: components["schemas"]["ChargeKind"];
                    amount: number;
                }[];
            }[];
        };
        PaymentStatusEvent: {
            paymentId: string;
            status: components["schemas"]["PaymentStatus"];
            previousStatus: components["schemas"]["PaymentStatus"];
            /** Format: date-time */
            at: string;
        };
        /** @enum {string} */
        CardBrand: "mir" | "visa" | "mastercard" | "unionpay";
        /** @description A card linked at the acquirer; only its token id and last four digits ever reach the page. */
        LinkedCard: {
            /** @description The acquirer's token id. */
            id: string;
            last4: string;
            brand: components["schemas"]["CardBrand"];
            /** @description MM/YY. */
            expires: string;
            /** Format: date-time */
            addedAt: string;
        };
        CardRemoval: {
            /** @description The autopay rules that paid with the removed card, now switched off. */
            autopayDisabled: {
                providerId: string;
                providerName: string;
            }[];
        };
        LinkedCardList: {
            items: components["schemas"]["LinkedCard"][];
        };
        StartCardBindingRequest: {
            /** @description Where the acquirer's page comes back (the portal's origin). */
            returnUrl: string;
        };
        CardBinding: {
            id: string;
            /** @enum {string} */
            status: "pending" | "completed" | "failed";
            /** @description The acquirer's page (while pending). */
            url?: string;
            card?: components["schemas"]["LinkedCard"];
            failureReason?: string;
        };
        AutopayRule: {
            providerId: string;
            providerName: string;
            accountNumber: string;
            enabled: boolean;
            /** @description Kopecks a month at most. */
            monthlyLimit?: number;
            /** @description The linked card it pays with. */
            cardId?: string;
            /** @description Days before a due date to remind; 0 — no reminder. */
            remindDaysBefore: number;
        };
        AutopayRuleList: {
            items: components["schemas"]["AutopayRule"][];
        };
        UpdateAutopayRequest: {
            enabled: boolean;
            monthlyLimit?: number;
            cardId?: string;
            remindDaysBefore: number;
        };
        /**
         * @description applications — an application's status; charges — a new charge or fine; payment-due — a payment is due soon
         *     (autopay reminders too); payments — a payment done; documents — a document is ready; security — a sign-in
         *     from a new device, a password or two-factor change; appointments — a visit booked or coming; messages — a
         *     message from an agency; news — the portal's news.
         * @enum {string}
         */
        NotificationCategory: "applications" | "charges" | "payment-due" | "payments" | "documents" | "security" | "appointments" | "messages" | "news";
        /**
         * @description What the notification is about. The widget fires a cancelable event with `kind` and `id` that the host
         *     routes; where nobody handles it, `href` is followed (a path of the portal or an https URL; anything else
         *     is not a link).
         */
        NotificationLink: {
            /** @enum {string} */
            kind: "application" | "charge" | "payment" | "security" | "document" | "appointment" | "message" | "page";
            /** @description The id of the application */
            id?: string;
            href: string;
        };
        Notification: {
            id: string;
            category: components["schemas"]["NotificationCategory"];
            /** @description Plain text (never markup). */
            title: string;
            /** @description Plain text; paragraphs separated by empty lines. */
            body: string;
            /** @description Who sends it, e.g. «МВД России», «Госуслуги». */
            sender: string;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
            archived: boolean;
            link?: components["schemas"]["NotificationLink"];
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Unread notifications of the feed regardless of filters. */
            unreadCount: number;
        };
        NotificationSummary: {
            unreadCount: number;
            /** @description The five newest of the feed (not archived), in the feed's order. */
            latest: components["schemas"]["Notification"][];
        };
        NotificationDeleted: {
            id: string;
            operation: components["schemas"]["AccountOperation"];
        };
        /** @description One entry of the account's operations history (every action is logged). */
        AccountOperation: {
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            kind: "notification-deleted" | "notification-settings-changed";
            /** @description E.g. «Удалено уведомление «Штраф ГИБДД»». */
            title: string;
        };
        MarkAllReadRequest: {
            /**
             * Format: date-time
             * @description Only notifications created up to this moment.
             */
            before?: string;
        };
        MarkAllReadResult: {
            updated: number;
        };
        /** @description Notifications changed by the citizen (in any tab or device) — the others follow. */
        NotificationsChangedEvent: {
            /** @enum {string} */
            change: "read" | "unread" | "read-all" | "archived" | "unarchived" | "deleted";
            /** @description The notifications changed (empty for read-all). */
            ids: string[];
            unreadCount: number;
        };
        /**
         * @description portal — the feed of the personal account; email; sms; push — the browsers the citizen allowed.
         * @enum {string}
         */
        NotificationChannel: "portal" | "email" | "sms" | "push";
        /**
         * @description instant — as it happens; daily — one digest a day; weekly — one digest a week (seed 001).
         * @enum {string}
         */
        NotificationFrequency: "instant" | "daily" | "weekly";
        CategoryPreference: {
            category: components["schemas"]["NotificationCategory"];
            channels: components["schemas"]["NotificationChannel"][];
            frequency: components["schemas"]["NotificationFrequency"];
        };
        NotificationPreferences: {
            /** @description One entry per category (every category, each once). */
            categories: components["schemas"]["CategoryPreference"][];
            /** @description No SMS or push between `from` and `to` (may pass midnight); what comes then waits till `to`. */
            quietHours: {
                enabled: boolean;
                from: string;
                to: string;
                /** @description IANA time zone, e.g. Europe/Moscow. */
                timeZone: string;
            };
            /** @description «Оповещение о входе» — a sign-in from a new device or browser. */
            loginAlerts: {
                enabled: boolean;
                channels: components["schemas"]["NotificationChannel"][];
            };
        };
        ContactState: {
            /** @description The contact as the profile has it; absent when there is none. */
            value?: string;
            confirmed: boolean;
        };
        PushDevice: {
            id: string;
            /** @description The browser and system, e.g. «Chrome, Windows». */
            label: string;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationSettings: {
            /** @description Send it back when saving (409 if another save came first). */
            version: number;
            preferences: components["schemas"]["NotificationPreferences"];
            /** @description Channels email and sms need a confirmed contact (the profile's; confirm with sendContactCode). */
            contacts: {
                email: components["schemas"]["ContactState"];
                phone: components["schemas"]["ContactState"];
            };
            push: {
                /** @description The VAPID public key (base64url) for PushManager.subscribe. */
                publicKey: string;
                devices: components["schemas"]["PushDevice"][];
            };
            /** @description The utilities autopay reminders (N days before a bill), set in <gu-payments> and shown here. */
            autopayReminders: {
                providerId: string;
                providerName: string;
                remindDaysBefore: number;
            }[];
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateNotificationSettingsRequest: {
            version: number;
            preferences: components["schemas"]["NotificationPreferences"];
        };
        /** @description PushSubscription.toJSON() of the browser, plus a label for the list of devices. */
        PushSubscriptionRequest: {
            /**
             * Format: uri
             * @description https only.
             */
            endpoint: string;
            expirationTime?: number | null;
            keys: {
                p256dh: string;
                auth: string;
            };
            label?: string;
        };
        SubscriptionTopic: {
            id: string;
            /** @description E.g. «Новые услуги Социального фонда». */
            title: string;
            agency: string;
        };
        /**
         * @description once — «единовременно»; daily — «ежедневно»; weekly — «еженедельно» (seed 004).
         * @enum {string}
         */
        SubscriptionFrequency: "once" | "daily" | "weekly";
        NotificationSubscription: {
            id: string;
            topicId: string;
            topicTitle: string;
            agency: string;
            channels: ("email" | "sms" | "push")[];
            frequency: components["schemas"]["SubscriptionFrequency"];
            /** Format: date */
            from?: string;
            /** Format: date */
            until?: string;
            /** @enum {string} */
            status: "active" | "paused";
            /** Format: date-time */
            createdAt: string;
        };
        NotificationSubscriptionList: {
            items: components["schemas"]["NotificationSubscription"][];
            topics: components["schemas"]["SubscriptionTopic"][];
        };
        NotificationSubscriptionRequest: {
            topicId: string;
            channels: ("email" | "sms" | "push")[];
            frequency: components["schemas"]["SubscriptionFrequency"];
            /** Format: date */
            from?: string;
            /** Format: date */
            until?: string;
        };
        UpdateNotificationSubscriptionRequest: {
            channels?: ("email" | "sms" | "push")[];
            frequency?: components["schemas"]["SubscriptionFrequency"];
            /**
             * Format: date
             * @description null removes the date.
             */
            from?: string | null;
            /**
             * Format: date
             * @description null removes the date.
             */
            until?: string | null;
            /** @enum {string} */
            status?: "active" | "paused";
        };
        Agency: {
            id: string;
            title: string;
            shortTitle?: string;
        };
        AgencyList: {
            items: components["schemas"]["Agency"][];
        };
        /** @enum {string} */
        ServiceCategory: "passport" | "registration" | "property" | "transport" | "taxes" | "family" | "pension" | "health" | "certificates";
        Service: {
            id: string;
            title: string;
            agencyId: string;
            category: components["schemas"]["ServiceCategory"];
        };
        ServiceList: {
            items: components["schemas"]["Service"][];
        };
        VerificationContacts: {
            phone: string;
            phoneConfirmed: boolean;
            /** Format: email */
            email: string;
            emailConfirmed: boolean;
        };
        VerificationMethod: {
            /** @enum {string} */
            method: "bank" | "service-centre" | "post" | "signature" | "video";
            available: boolean;
            /** @description Why the method is not offered here (localized). */
            reason?: string;
        };
        VerificationState: {
            level: components["schemas"]["AccountLevel"];
            contacts: components["schemas"]["VerificationContacts"];
            /** @description What the portal already knows, to pre-fill the form (WCAG 3.3.7). */
            known: {
                /** Format: date */
                birthDate: string;
                snils: string;
                inn?: string;
            };
            banks: {
                id: string;
                name: string;
            }[];
            methods: components["schemas"]["VerificationMethod"][];
        };
        ContactCodeRequest: {
            /** @enum {string} */
            channel: "phone" | "email";
            /** @enum {string} */
            purpose: "confirm" | "change-old" | "change-new";
            /** @description The new contact (`change-new` only): +7XXXXXXXXXX or an e-mail. */
            value?: string;
        };
        ContactCodeTicket: {
            id: string;
            /** @enum {string} */
            channel: "phone" | "email";
            /** @enum {string} */
            purpose: "confirm" | "change-old" | "change-new";
            /** @description The masked contact the code went to. */
            sentTo: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Seconds until a new code may be requested. */
            resendAfter: number;
            /** @description Wrong entries left before the code stops working. */
            attemptsLeft?: number;
        };
        StandardLevelData: {
            passportSeries: string;
            passportNumber: string;
            /** Format: date */
            passportIssuedAt: string;
            /** @description Free text (components/core/validation/free-text.ts): letters, digits, spaces and . , - ( ) « » " ' № / : ; — no control characters. A longer text or another character is answered 400 with the field. */
            passportIssuedBy: string;
            passportUnitCode: string;
            snils: string;
            inn?: string;
            /** Format: date */
            birthDate: string;
            /** @description Free text, the same policy as `passportIssuedBy`. */
            birthPlace: string;
            /** @enum {string} */
            citizenship: "RU";
            /** @constant */
            consent: true;
            documentIds?: string[];
        };
        RegistryCheck: {
            id: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "mismatch" | "unavailable";
            /**
             * @description The registry being asked while pending.
             * @enum {string}
             */
            stage?: "mvd" | "sfr";
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description When the check is expected to finish.
             */
            expectedBy?: string;
            /** @description Seconds before the next status request. */
            pollAfter?: number;
            mismatches?: {
                /** @enum {string} */
                field: "passportSeries" | "passportNumber" | "passportIssuedAt" | "passportUnitCode" | "snils" | "inn" | "birthDate" | "birthPlace";
                /** @enum {string} */
                registry: "mvd" | "sfr" | "fns";
            }[];
            /** @enum {string} */
            unavailableRegistry?: "mvd" | "sfr";
            submitted: components["schemas"]["StandardLevelData"];
        };
        VerificationDocument: {
            id: string;
            fileName: string;
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            size: number;
        };
        SigningCertificate: {
            thumbprint: string;
            subject: string;
            issuer: string;
            /** Format: date */
            validTo: string;
        };
        Confirmation: {
            id: string;
            /** @enum {string} */
            method: "bank" | "post" | "signature";
            /** @enum {string} */
            status: "pending" | "confirmed" | "refused";
            /** Format: date-time */
            startedAt: string;
            bankId?: string;
            /** @description The bank page to send the citizen to (the bank returns to the portal with a result code). */
            bankUrl?: string;
            /** @description Bank with `returnUrl` — where to send the browser (the bank's page with the one-time ticket and the return URL). */
            redirectTo?: string;
            /** @description The text to sign with the electronic signature. */
            challenge?: string;
            letter?: {
                trackingNumber: string;
                /** @enum {string} */
                status: "ordered" | "sent" | "arrived" | "delivered";
                events: {
                    /** @enum {string} */
                    status: "ordered" | "sent" | "arrived" | "delivered";
                    /** Format: date-time */
                    at: string;
                }[];
            };
            /** @description Why it was refused (localized). */
            refusal?: string;
        };
        ServiceCentre: {
            id: string;
            name: string;
            city: string;
            address: string;
            /** @description Opening hours per group of days. */
            hours: {
                /** @description ISO weekdays */
                days: number[];
                opens: string;
                closes: string;
            }[];
        };
        TimeSlot: {
            id: string;
            /** Format: date-time */
            startsAt: string;
        };
        Appointment: {
            id: string;
            centre: components["schemas"]["ServiceCentre"];
            /** Format: date-time */
            startsAt: string;
            bring: ("passport" | "snils")[];
        };
    };
    responses: {
        /** @description An OAuth 2.0 error (RFC 6749 §5.2), `error_description` localized by Accept-Language. */
        OAuthError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The request is malformed (bad parameter, missing Idempotency-Key). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid bearer token. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account level or ownership does not allow this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource for this citizen. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource's state forbids the operation, or a request with the same Idempotency-Key is still in flight. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Semantically invalid (already paid, Idempotency-Key reused with another payload, field errors). */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unexpected server failure. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Temporarily unavailable (maintenance, an agency system down). */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Language of error messages and titles; ru by default, en supported. */
        AcceptLanguage: string;
        Id: string;
        /** @description 1-based page number. */
        Page: number;
        PageSize: number;
        /** @description A fresh UUID per intended operation; repeat it on retry. */
        IdempotencyKey: string;
        /** @description A fresh UUID per intended operation; repeat it on retry. */
        IdempotencyKeyOptional: string;
        /** @description Only successful sign-ins or only failed attempts (login history). */
        LoginResultFilter: components["schemas"]["LoginResult"];
        /** @description Only sign-ins by this method (login history). */
        LoginMethodFilter: components["schemas"]["LoginMethod"];
        /** @description First day, inclusive. */
        FromDate: string;
        /** @description Last day, inclusive. */
        ToDate: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description "true" when the response is a replay of the first request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The citizen's profile. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description Only these statuses (repeat the parameter for several). */
                status?: components["schemas"]["ApplicationStatus"][];
                agencyId?: string;
                /** @description Free text over number, service and agency titles. */
                q?: string;
                submittedFrom?: string;
                submittedTo?: string;
                sort?: "submittedAt" | "-submittedAt" | "decisionDue" | "-decisionDue" | "status";
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelApplicationRequest"];
            };
        };
        responses: {
            /** @description The cancelled application. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description The cursor of the last change seen (JSON answer only); without it no events and the current cursor. */
                since?: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description The `id` of the last event received, when reconnecting a stream. */
                "Last-Event-ID"?: string;
                /** @description The `ETag` of the last JSON answer. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream of changes, or the changes after `since`. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The version of the change log (JSON answer); send it as `If-None-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                    "application/json": components["schemas"]["LiveEventPage"];
                };
            };
            /** @description Nothing changed since the answer whose `ETag` was sent as `If-None-Match`. */
            304: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApplicationStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationStats"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markApplicationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApplicationReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, base64 in JSON. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileContent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadApplicationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadDocumentRequest"];
            };
        };
        responses: {
            /** @description The document as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApplicationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, base64 in JSON. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileContent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listApplicationMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread, oldest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageThread"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    sendApplicationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The thread with the new message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageThread"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCharges: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                status?: components["schemas"]["ChargeStatus"][];
                kind?: components["schemas"]["ChargeKind"][];
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of charges. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChargeSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts and sums of the unpaid charges. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargeSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    findCharges: {
        parameters: {
            query: {
                by: components["schemas"]["ChargeSearchBy"];
                /** @description Digits only (the client strips spaces and dashes). */
                value: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charges found (none, one or several). */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charge. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Charge"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createDispute: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisputeRequest"];
            };
        };
        responses: {
            /** @description The dispute as registered. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dispute"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listDisputes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dispute of the citizen. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadDisputeDocument: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadDocumentRequest"];
            };
        };
        responses: {
            /** @description The stored document. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["Unprocessable"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listChargeDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The citizen's documents for charge search. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargeDocumentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addChargeDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddChargeDocumentRequest"];
            };
        };
        responses: {
            /** @description The document and how many new charges were found for it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedChargeDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeChargeDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description First day, inclusive (createdAt). */
                from?: string;
                /** @description Last day, inclusive (createdAt). */
                to?: string;
                /** @description Payments with at least one item of these kinds. */
                kind?: components["schemas"]["ChargeKind"][];
                status?: components["schemas"]["PaymentStatus"][];
                method?: components["schemas"]["PaymentMethod"][];
                /** @description Words of an item's title or payee, or digits of a УИН (case-insensitive). */
                q?: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payments. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The payment (also replayed for a repeated key). */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaymentRequest"];
            };
        };
        responses: {
            /** @description The payment, settled (completed or declined). */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment, declined with `declineCode: cancelled`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPaymentReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt, base64 in JSON. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileContent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPaymentOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The orders, base64 in JSON. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileContent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPaymentStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per month of the period, oldest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCards: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The linked cards. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedCardList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startCardBinding: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCardBindingRequest"];
            };
        };
        responses: {
            /** @description Where to send the citizen. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBinding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCardBinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The binding. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBinding"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRemoval"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAutopay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutopayRuleList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAutopay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAutopayRequest"];
            };
        };
        responses: {
            /** @description The rule as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutopayRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description true — only unread; false — only read; absent — all. */
                unread?: boolean;
                category?: components["schemas"]["NotificationCategory"][];
                from?: string;
                to?: string;
                /** @description Words to find in titles and texts. */
                q?: string;
                /** @description true — the archive; false or absent — the feed. */
                archived?: boolean;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notifications. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNotificationSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the log entry it left. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDeleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, now read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markNotificationUnread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, now unread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    archiveNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, now archived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unarchiveNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, back in the feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkAllReadRequest"];
            };
        };
        responses: {
            /** @description How many notifications changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkAllReadResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings, with the version to send back. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateNotificationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationSettingsRequest"];
            };
        };
        responses: {
            /** @description The settings as saved (a new version). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addPushSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushDevice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removePushSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listNotificationSubscriptions: {
        parameters: {
            query?: {
                status?: "active" | "paused";
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions (filtered by status) and every topic. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSubscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addNotificationSubscription: {
        parameters: {
            query?: never;
            header: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeNotificationSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateNotificationSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSecurityOverview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Password age, two-factor, backup codes left, passkeys, questions, alerts, counts of devices and sessions. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityOverview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    reauthenticate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReauthenticationRequest"];
            };
        };
        responses: {
            /** @description Re-authenticated until `until`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reauthentication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createReauthenticationChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request options for navigator.credentials.get(). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyRequestOptions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startPasswordChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            /** @description The code was sent; confirm with confirmPasswordChange. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityChallenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPasswordChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeConfirmation"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    resendSecurityChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityChallenge"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorSwitchRequest"];
            };
        };
        responses: {
            /** @description The two-factor state now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setDefaultTwoFactorMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefaultMethodRequest"];
            };
        };
        responses: {
            /** @description The two-factor state now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeTwoFactorMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The two-factor state now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startSmsFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsFactorRequest"];
            };
        };
        responses: {
            /** @description The code was sent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityChallenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmSmsFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeAnswer"];
            };
        };
        responses: {
            /** @description The phone is a second factor now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startTotpFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending setup; the same one again while it lasts (going back keeps the same secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmTotpFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpConfirmation"];
            };
        };
        responses: {
            /** @description The app is a second factor now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    generateBackupCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The codes (never shown again: the overview says how many are left). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupCodes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPasskeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addPasskey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPasskeyRequest"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPasskey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPasskeyOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Options with a fresh challenge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyCreationOptions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removePasskey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    renamePasskey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenamePasskeyRequest"];
            };
        };
        responses: {
            /** @description Renamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPasskey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSecurityQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chosen and available questions. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityQuestions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setSecurityQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSecurityQuestionsRequest"];
            };
        };
        responses: {
            /** @description Saved (answers are never sent back). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityQuestions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTrustedDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Most recently used first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedDeviceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    forgetAllTrustedDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were forgotten. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    forgetTrustedDevice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forgotten. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This one first, then by last activity. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSessionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended (live event `sessions-ended`). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    endOtherSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLoginEvents: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description Only successful sign-ins or only failed attempts (login history). */
                result?: components["parameters"]["LoginResultFilter"];
                /** @description Only sign-ins by this method (login history). */
                method?: components["parameters"]["LoginMethodFilter"];
                /** @description First day, inclusive. */
                from?: components["parameters"]["FromDate"];
                /** @description Last day, inclusive. */
                to?: components["parameters"]["ToDate"];
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportLoginEvents: {
        parameters: {
            query?: {
                /** @description Only successful sign-ins or only failed attempts (login history). */
                result?: components["parameters"]["LoginResultFilter"];
                /** @description Only sign-ins by this method (login history). */
                method?: components["parameters"]["LoginMethodFilter"];
                /** @description First day, inclusive. */
                from?: components["parameters"]["FromDate"];
                /** @description Last day, inclusive. */
                to?: components["parameters"]["ToDate"];
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv attachment. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLoginEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in or failed attempt. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    reportLoginEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportLoginEventRequest"];
            };
        };
        responses: {
            /** @description The report with its reference and the steps the citizen is advised to take. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspiciousLoginReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setSecurityAlerts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityAlertsRequest"];
            };
        };
        responses: {
            /** @description The alerts as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityAlerts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAgencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every agency. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                agencyId?: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every service (of one agency when asked). */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identitySignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentitySignInRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong identifier or password (one message, whether or not the account exists). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityRegistrationRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityRecover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityRecoveryRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identitySignatureStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityAuthorizationOnly"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityBankStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityBankRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityPasskeyStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityAuthorizationOnly"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityPasskeyRegistrationStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPasskeyRegistrationRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityQrStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityAuthorizationOnly"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identitySendCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentitySendCodeRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityVerifyCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityVerifyRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityAnswerQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityQuestionsRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identitySetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPasswordRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityVerifySignature: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentitySignatureRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityBankComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityBankCompleteRequest"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityVerifyPasskey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPasskeyAssertion"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityRegisterPasskey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPasskeyAttestation"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    identityPollQr: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityAuthorizationOnly"];
            };
        };
        responses: {
            /** @description The next step of the flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification overview. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    sendContactCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCodeRequest"];
            };
        };
        responses: {
            /** @description The code was sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCodeTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    verifyContactCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description The contacts after the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationContacts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startRegistryCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandardLevelData"];
            };
        };
        responses: {
            /** @description The check has started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCurrentRegistryCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest check. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        check: components["schemas"]["RegistryCheck"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadVerificationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadDocumentRequest"];
            };
        };
        responses: {
            /** @description The stored scan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["Unprocessable"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "bank" | "post" | "signature";
                    bankId?: string;
                    /** @description Bank only — the portal page to come back to; the answer then has `redirectTo` (the bank's page with a one-time ticket), and the bank sends the citizen back with `?gu-bank-result=<ticket>`. */
                    returnUrl?: string;
                };
            };
        };
        responses: {
            /** @description The confirmation started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCurrentConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest confirmation. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmation: components["schemas"]["Confirmation"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    completeConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bankResult?: string;
                    code?: string;
                    certificate?: components["schemas"]["SigningCertificate"];
                    signature?: string;
                };
            };
        };
        responses: {
            /** @description The confirmation after the attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    decideBankConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ticket: string;
                    /** @enum {string} */
                    decision: "approved" | "denied";
                };
            };
        };
        responses: {
            /** @description The decision is recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: string;
                        /** @enum {string} */
                        decision: "approved" | "denied";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBankResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                ticket: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finished confirmation (`confirmed` or `refused`). */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchServiceCentres: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching centres (at most 20). */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceCentre"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listServiceCentreSlots: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The free slots, soonest first. */
            200: {
                headers: {
                    /** @description Requests allowed in the current window. */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimeSlot"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    bookServiceCentreVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description A fresh UUID per intended operation; repeat it on retry. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    centreId: string;
                    slotId: string;
                };
            };
        };
        responses: {
            /** @description The booked visit, with what to bring. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    oidcDiscovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcDiscovery"];
                };
            };
        };
    };
    oidcJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Web Key Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
    oidcEmbeddedAuthorize: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbeddedAuthorizeRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["EmbeddedAuthorizeRequest"];
            };
        };
        responses: {
            /** @description Signed in; go to `redirectTo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbeddedAuthorizeResponse"];
                };
            };
            400: components["responses"]["OAuthError"];
            401: components["responses"]["OAuthError"];
        };
    };
    oidcToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages and titles; ru by default, en supported. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Tokens. */
            200: {
                headers: {
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["OAuthError"];
            500: components["responses"]["OAuthError"];
        };
    };
    oidcUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenClaims"];
                };
            };
            401: components["responses"]["OAuthError"];
        };
    };
    oidcRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    token: string;
                    /** @enum {string} */
                    token_type_hint?: "access_token" | "refresh_token";
                    client_id?: string;
                };
            };
        };
        responses: {
            /** @description Revoked (also for an unknown token); empty body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthError"];
        };
    };
}
