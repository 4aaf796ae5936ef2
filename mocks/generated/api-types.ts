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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
}
