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
    "/applications/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status changes since a cursor (polled by <gu-application-tracker> for live status).
         * @description Without `since` answers no events and the current cursor; with `since` answers every status change
         *     after it, oldest first, and the cursor to ask with next time.
         */
        get: operations["listApplicationEvents"];
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
        /** Fines, taxes, utility bills and state duties, paged and filtered. */
        get: operations["listCharges"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** Payment history, newest first, paged. */
        get: operations["listPayments"];
        put?: never;
        /**
         * Pays one or several charges at once.
         * @description Idempotent by `Idempotency-Key` (IETF draft-ietf-httpapi-idempotency-key-header, Stripe semantics):
         *     400 when the key is missing, 409 while the first request with the key is in flight, 422 when the key
         *     is reused with a different payload; otherwise the first response is replayed with `Idempotent-Replayed: true`.
         *     The charges become paid, a payment record and a notification are created.
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
        /** One payment. */
        get: operations["getPayment"];
        put?: never;
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
        /** The notification feed, newest first, paged and filtered. */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
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
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notification read. */
        post: operations["markAllNotificationsRead"];
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
        ApplicationEvent: {
            seq: number;
            applicationId: string;
            number: string;
            status: components["schemas"]["ApplicationStatus"];
            previousStatus: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            at: string;
            comment?: string;
        };
        ApplicationEventPage: {
            events: components["schemas"]["ApplicationEvent"][];
            /** @description Pass as `since` next time. */
            cursor: number;
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
        /** @enum {string} */
        ChargeKind: "fine" | "tax" | "utility" | "duty";
        /** @enum {string} */
        ChargeStatus: "unpaid" | "processing" | "paid" | "cancelled";
        Charge: {
            id: string;
            /** @description УИН with a valid check digit. */
            uin: string;
            kind: components["schemas"]["ChargeKind"];
            title: string;
            /** @description The receiving agency. */
            payee: string;
            /** @description Kopecks. */
            amount: number;
            /** @description Kopecks */
            discountedAmount?: number;
            /** Format: date */
            discountUntil?: string;
            /** Format: date */
            issuedAt: string;
            /** Format: date */
            dueDate?: string;
            status: components["schemas"]["ChargeStatus"];
            /** @description Set once paid. */
            paymentId?: string;
        };
        ChargePage: {
            items: components["schemas"]["Charge"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** @enum {string} */
        PaymentMethod: "card" | "sbp";
        CreatePaymentRequest: {
            chargeIds: string[];
            method: components["schemas"]["PaymentMethod"];
        };
        PaymentItem: {
            chargeId: string;
            uin: string;
            title: string;
            payee: string;
            /** @description Kopecks actually paid for this charge. */
            amount: number;
        };
        Payment: {
            id: string;
            items: components["schemas"]["PaymentItem"][];
            /** @description Total kopecks. */
            amount: number;
            method: components["schemas"]["PaymentMethod"];
            /**
             * @description «выполнен» / «в ожидании» / «отклонён».
             * @enum {string}
             */
            status: "completed" | "pending" | "declined";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt?: string;
            declineReason?: string;
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** @enum {string} */
        NotificationCategory: "applications" | "payments" | "security" | "news";
        Notification: {
            id: string;
            category: components["schemas"]["NotificationCategory"];
            title: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
            /** @description Where the notification leads, e.g. "/applications/app-1". */
            link?: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Unread notifications regardless of filters. */
            unreadCount: number;
        };
        MarkAllReadResult: {
            updated: number;
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
    listApplicationEvents: {
        parameters: {
            query?: {
                since?: number;
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
            /** @description Status changes after `since`. */
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
                    "application/json": components["schemas"]["ApplicationEventPage"];
                };
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
    listPayments: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
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
    listNotifications: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: components["parameters"]["Page"];
                pageSize?: components["parameters"]["PageSize"];
                /** @description true — only unread; false — only read; absent — all. */
                unread?: boolean;
                category?: components["schemas"]["NotificationCategory"][];
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
        requestBody?: never;
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
            401: components["responses"]["Unauthorized"];
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
